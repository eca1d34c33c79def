/*
 * sign.h: Ed25519 keys and signatures for the challenge ledger
 * (emp-ledger(5)), through libsodium.
 *
 * Texts.  A public key is written "ed25519:" and the standard base64 of
 * its 32 bytes (52 characters, no comma, no space): the roster's key
 * column holds one or more, separated by spaces.  A signature is the
 * standard base64 of its 64 bytes (88 characters).  A secret key file is
 * one line, "ed25519-secret:" and the base64 of libsodium's 64-byte
 * secret key (the seed, then the public key), and a line end; it is
 * created with mode 0600 and refused when its group or others may read or
 * write it, as ssh does.
 *
 * Errors: every function that can fail reports with emp_warn() and
 * returns -1; nothing here ends the program but the x*() allocators.
 * Memory: nothing is allocated that outlives a call; a secret key is
 * wiped (sodium_memzero) by sign_key_wipe().
 */
#ifndef SIGN_H
#define SIGN_H

#include <stddef.h>

#define SIGN_PK_BYTES	32
#define SIGN_PK_TEXT	53	/* "ed25519:" + 44 + NUL */
#define SIGN_SIG_LEN	88	/* base64 of 64 bytes, without NUL */

struct sign_key {
	unsigned char	 sk[64];
	unsigned char	 pk[SIGN_PK_BYTES];
};

/* libsodium's start; 0 or -1 (reported).  Safe to call again. */
int	sign_init(void);
/* The default secret key's path: $EMP_KEY, else
 * $HOME/.config/emp/ledger.key; NULL (not reported) when neither can be
 * had. */
const char *sign_key_path(char *buf, size_t size);
/* Creates a new key pair, the secret key in path (its directories made
 * with mode 0700 where missing; an existing file is never replaced), and
 * writes the public key's text into pk.  0 or -1. */
int	sign_keygen(const char *path, char pk[SIGN_PK_TEXT]);
/*
 * Reads up to size bytes of the secret file path into buf: it must be a
 * regular file of this user (the effective uid) that only its owner may
 * read or write ("permissions 0644 are too open: <what> must be readable
 * by its owner only").  Returns
 * the bytes read; -1 reported; -2 not reported when there is no such
 * file (the caller says how to make one).
 */
long	sign_read_secret(const char *path, const char *what, void *buf,
	    size_t size);
/* Reads a secret key file; 0 or -1 (its mode, its form). */
int	sign_key_load(const char *path, struct sign_key *);
void	sign_key_wipe(struct sign_key *);
/* The text of a public key. */
void	sign_pk_format(const unsigned char pk[SIGN_PK_BYTES],
	    char out[SIGN_PK_TEXT]);
/* A public key's text (s, n bytes) into pk: 0, or -1 (not reported). */
int	sign_pk_parse(const char *s, size_t n, unsigned char pk[SIGN_PK_BYTES]);
/* Signs the concatenation of up to three parts (NULL parts skipped);
 * out gets the signature's text, NUL-terminated. */
void	sign_parts(const struct sign_key *, const void *a, size_t an,
	    const void *b, size_t bn, const void *c, size_t cn,
	    char out[SIGN_SIG_LEN + 1]);
/*
 * Whether sig (its text, n bytes) is a signature by pk of the
 * concatenation of the parts; scratch is a buffer the caller keeps
 * between calls (for one thread), freed with sb_free().  1 or 0.
 */
struct strbuf;
int	sign_verify_parts(const unsigned char pk[SIGN_PK_BYTES],
	    const char *sig, size_t n, const void *a, size_t an,
	    const void *b, size_t bn, const void *c, size_t cn,
	    struct strbuf *scratch);

#endif
