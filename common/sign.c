/*
 * sign.c: Ed25519 keys and signatures for the ledger (sign.h).
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sodium.h>

#include "emp.h"
#include "sign.h"

#define PK_PREFIX	"ed25519:"
#define SK_PREFIX	"ed25519-secret:"
#define B64		sodium_base64_VARIANT_ORIGINAL

int
sign_init(void)
{
	if (sodium_init() < 0) {
		emp_warn("libsodium cannot start");
		return -1;
	}
	return 0;
}

const char *
sign_key_path(char *buf, size_t size)
{
	const char *s;

	if ((s = getenv("EMP_KEY")) != NULL && *s != '\0') {
		snprintf(buf, size, "%s", s);
		return buf;
	}
	if ((s = getenv("HOME")) == NULL || *s == '\0')
		return NULL;
	snprintf(buf, size, "%s/.config/emp/ledger.key", s);
	return buf;
}

void
sign_pk_format(const unsigned char pk[SIGN_PK_BYTES], char out[SIGN_PK_TEXT])
{
	memcpy(out, PK_PREFIX, sizeof(PK_PREFIX) - 1);
	sodium_bin2base64(out + sizeof(PK_PREFIX) - 1,
	    SIGN_PK_TEXT - (sizeof(PK_PREFIX) - 1), pk, SIGN_PK_BYTES, B64);
}

int
sign_pk_parse(const char *s, size_t n, unsigned char pk[SIGN_PK_BYTES])
{
	size_t len, pl = sizeof(PK_PREFIX) - 1;
	const char *end;

	if (n != SIGN_PK_TEXT - 1 || memcmp(s, PK_PREFIX, pl) != 0)
		return -1;
	if (sodium_base642bin(pk, SIGN_PK_BYTES, s + pl, n - pl, NULL, &len,
	    &end, B64) != 0 || len != SIGN_PK_BYTES || end != s + n)
		return -1;
	return 0;
}

/* mkdir -p of the directories of path, each new one 0700. */
static int
make_dirs(const char *path)
{
	char *p = xstrdup(path), *s;
	int rv = 0;

	for (s = p + 1; (s = strchr(s, '/')) != NULL; s++) {
		*s = '\0';
		if (mkdir(p, 0700) == -1 && errno != EEXIST) {
			emp_warnerr("%s", p);
			rv = -1;
			break;
		}
		*s = '/';
	}
	free(p);
	return rv;
}

int
sign_keygen(const char *path, char pk[SIGN_PK_TEXT])
{
	struct sign_key k;
	char line[sizeof(SK_PREFIX) + 100];
	size_t n;
	ssize_t w;
	int fd, e;

	if (make_dirs(path) == -1)
		return -1;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC |
	    O_NOFOLLOW, 0600)) == -1) {
		if (errno == EEXIST)
			emp_warn("%s: a key is there already: a key is never "
			    "replaced (move it away first if you mean to "
			    "make a new one)", path);
		else
			emp_warnerr("%s", path);
		return -1;
	}
	crypto_sign_keypair(k.pk, k.sk);
	memcpy(line, SK_PREFIX, sizeof(SK_PREFIX) - 1);
	sodium_bin2base64(line + sizeof(SK_PREFIX) - 1,
	    sizeof(line) - sizeof(SK_PREFIX), k.sk, sizeof(k.sk), B64);
	n = strlen(line);
	line[n++] = '\n';
	w = write(fd, line, n);
	e = errno;
	sodium_memzero(line, sizeof(line));
	if (w != (ssize_t)n || fsync(fd) == -1 || close(fd) == -1) {
		errno = w == -1 ? e : errno ? errno : EIO;
		emp_warnerr("%s", path);
		unlink(path);
		sign_key_wipe(&k);
		return -1;
	}
	sign_pk_format(k.pk, pk);
	sign_key_wipe(&k);
	return 0;
}

long
sign_read_secret(const char *path, const char *what, void *buf,
    size_t size)
{
	struct stat st;
	ssize_t r;
	int fd;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {
		if (errno == ENOENT)
			return -2;
		emp_warnerr("%s", path);
		return -1;
	}
	if (fstat(fd, &st) == -1) {
		emp_warnerr("%s", path);
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		emp_warn("%s: not a regular file", path);
		close(fd);
		return -1;
	}
	if (st.st_uid != geteuid()) {
		emp_warn("%s: owned by uid %lu, not by this user (uid %lu): "
		    "%s must be its user's own", path,
		    (unsigned long)st.st_uid, (unsigned long)geteuid(), what);
		close(fd);
		return -1;
	}
	if (st.st_mode & 077) {
		emp_warn("%s: permissions %04o are too open: %s must be "
		    "readable by its owner only (chmod 600 %s)", path,
		    (unsigned)(st.st_mode & 07777), what, path);
		close(fd);
		return -1;
	}
	r = read(fd, buf, size);
	close(fd);
	if (r < 0) {
		emp_warnerr("%s", path);
		return -1;
	}
	return (long)r;
}

int
sign_key_load(const char *path, struct sign_key *k)
{
	char buf[256];
	const char *end;
	size_t len, tl, pl = sizeof(SK_PREFIX) - 1;
	long r;

	memset(k, 0, sizeof(*k));
	r = sign_read_secret(path, "a secret key", buf, sizeof(buf) - 1);
	if (r == -2)
		emp_warn("%s: no key: make one with 'emp-challenge keygen' "
		    "and have an admin put its public key in your roster row",
		    path);
	if (r < 0)
		return -1;
	len = (size_t)r;
	while (len > 0 && (buf[len - 1] == '\n' || buf[len - 1] == '\r'))
		len--;
	tl = len;
	if (tl <= pl || memcmp(buf, SK_PREFIX, pl) != 0 ||
	    sodium_base642bin(k->sk, sizeof(k->sk), buf + pl, tl - pl, NULL,
	    &len, &end, B64) != 0 || len != sizeof(k->sk) ||
	    end != buf + tl ||
	    crypto_sign_ed25519_sk_to_pk(k->pk, k->sk) != 0) {
		sodium_memzero(buf, sizeof(buf));
		sign_key_wipe(k);
		emp_warn("%s: not an emp secret key (a line '%s...', as "
		    "'emp-challenge keygen' writes)", path, SK_PREFIX);
		return -1;
	}
	sodium_memzero(buf, sizeof(buf));
	return 0;
}

void
sign_key_wipe(struct sign_key *k)
{
	sodium_memzero(k, sizeof(*k));
}

void
sign_parts(const struct sign_key *k, const void *a, size_t an,
    const void *b, size_t bn, const void *c, size_t cn,
    char out[SIGN_SIG_LEN + 1])
{
	struct strbuf sb = { 0 };
	unsigned char sig[64];

	if (a != NULL)
		sb_add(&sb, a, an);
	if (b != NULL)
		sb_add(&sb, b, bn);
	if (c != NULL)
		sb_add(&sb, c, cn);
	crypto_sign_detached(sig, NULL, (const unsigned char *)sb.s, sb.len,
	    k->sk);
	sodium_bin2base64(out, SIGN_SIG_LEN + 1, sig, sizeof(sig), B64);
	sb_free(&sb);
}

int
sign_verify_parts(const unsigned char pk[SIGN_PK_BYTES], const char *s,
    size_t n, const void *a, size_t an, const void *b, size_t bn,
    const void *c, size_t cn, struct strbuf *sb)
{
	unsigned char sig[64];
	const char *end;
	size_t len;

	if (n != SIGN_SIG_LEN || sodium_base642bin(sig, sizeof(sig), s, n,
	    NULL, &len, &end, B64) != 0 || len != sizeof(sig) ||
	    end != s + n)
		return 0;
	sb->len = 0;
	if (a != NULL)
		sb_add(sb, a, an);
	if (b != NULL)
		sb_add(sb, b, bn);
	if (c != NULL)
		sb_add(sb, c, cn);
	return crypto_sign_verify_detached(sig, (const unsigned char *)sb->s,
	    sb->len, pk) == 0;
}
