/*
 * ingest_customer.c: emp-ingest's customer column, escalations and the
 * Talkdesk legacy durations (see ingest.h, ingest_int.h):
 *
 *  - where an export names its customer when a table cannot say it
 *    (Five9's ANI or DNIS by CALL TYPE; Genesys Cloud's externalContactId,
 *    else ani, or dnis on an outbound conversation);
 *  - --hash-customer: the value normalised (trimmed; ASCII lowercase; a
 *    phone number, "tel:" before it dropped, to '+' and digits) and
 *    hashed with BLAKE2b (crypto_generichash, 16 bytes, keyed with the
 *    32 bytes of a key file that only its owner may read), written as 32
 *    hexadecimal digits; in emp's own stream read back, a value that is
 *    such a hash already is kept;
 *  - --escalation-queues: a contact answered in one of the queues is
 *    escalated = 1, in another queue 0, without a queue as the export
 *    said (empty when it said nothing);
 *  - a Talkdesk legacy export (timed by start_time) gives its durations
 *    as fractions of a day: to whole seconds, rounded.
 *
 * Threads: customer_finish(), escalation_mark() and dayfrac_convert() run
 * in the converting threads and only read what the options hold.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "emp.h"
#include "ingest_int.h"
#include "parse.h"
#include "sign.h"
#include "stats.h"

/* Key files. */

int
ingest_hash_key_load(struct ingest_opts *o, const char *path)
{
	unsigned char buf[INGEST_HASH_KEY + 1];
	long r;

	if (sodium_init() < 0) {
		emp_warn("libsodium cannot start");
		return -1;
	}
	r = sign_read_secret(path, "a hash key", buf, sizeof(buf));
	if (r == -2)
		emp_warn("%s: no hash key: make one with 'emp-ingest "
		    "--new-hash-key %s'", path, path);
	if (r < 0)
		return -1;
	if (r != INGEST_HASH_KEY) {
		sodium_memzero(buf, sizeof(buf));
		emp_warn("%s: not a hash key (32 bytes, as 'emp-ingest "
		    "--new-hash-key' writes)", path);
		return -1;
	}
	memcpy(o->hash_key, buf, INGEST_HASH_KEY);
	sodium_memzero(buf, sizeof(buf));
	o->hash_customer = 1;
	return 0;
}

int
ingest_hash_key_new(const char *path)
{
	unsigned char key[INGEST_HASH_KEY];
	ssize_t w;
	int fd, e;

	if (sodium_init() < 0) {
		emp_warn("libsodium cannot start");
		return -1;
	}
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC |
	    O_NOFOLLOW, 0600)) == -1) {
		if (errno == EEXIST)
			emp_warn("%s: a file is there already: a key is never "
			    "replaced (the hashes made with it would no "
			    "longer match)", path);
		else
			emp_warnerr("%s", path);
		return -1;
	}
	randombytes_buf(key, sizeof(key));
	w = write(fd, key, sizeof(key));
	e = errno;
	sodium_memzero(key, sizeof(key));
	if (w != (ssize_t)sizeof(key) || fsync(fd) == -1 || close(fd) == -1) {
		errno = w == -1 ? e : errno ? errno : EIO;
		emp_warnerr("%s", path);
		unlink(path);
		return -1;
	}
	return 0;
}

/* Escalation queues. */

int
ingest_escalation_queues(struct ingest_opts *o, const char *list)
{
	const char *p, *comma, *s;
	size_t n;

	for (p = list;; p = comma + 1) {
		comma = strchr(p, ',');
		s = p;
		n = comma != NULL ? (size_t)(comma - p) : strlen(p);
		parse_trim(&s, &n);
		if (n == 0) {
			emp_warn("--escalation-queues: an empty queue name in "
			    "'%s'", list);
			return -1;
		}
		o->esc = xreallocarray(o->esc, o->nesc + 1, sizeof(*o->esc));
		o->esc_seen = xreallocarray(o->esc_seen, o->nesc + 1,
		    sizeof(*o->esc_seen));
		atomic_init(&o->esc_seen[o->nesc], 0);
		o->esc[o->nesc++] = xstrndup(s, n);
		if (comma == NULL)
			break;
	}
	return 0;
}

void
escalation_mark(const struct ingest_opts *o, struct row *r)
{
	size_t k;

	if (o->nesc == 0 || r->n[EV_QUEUE] == 0 ||
	    strcmp(r->v[EV_KIND], "contact") != 0)
		return;
	for (k = 0; k < o->nesc; k++) {
		if (parse_eq_nocase(r->v[EV_QUEUE], r->n[EV_QUEUE],
		    o->esc[k])) {
			atomic_store_explicit(&o->esc_seen[k], 1,
			    memory_order_relaxed);
			set_const(r, EV_ESCALATED, "1");
			return;
		}
	}
	if (r->n[EV_ESCALATED] == 0)
		set_const(r, EV_ESCALATED, "0");
}

/* Where a profile names its customer. */

enum { CX_PROFILE_NONE, CX_FIVE9, CX_GENESYS };

/* Index of the header column whose normalised name is one of names
 * ("a|b", normalised already), or -1. */
static int
norm_find(char **norm, size_t n, const char *names)
{
	const char *p, *bar;
	size_t i, len;

	for (p = names; *p != '\0'; p = bar != NULL ? bar + 1 : p + len) {
		bar = strchr(p, '|');
		len = bar != NULL ? (size_t)(bar - p) : strlen(p);
		for (i = 0; i < n; i++)
			if (strlen(norm[i]) == len &&
			    memcmp(norm[i], p, len) == 0)
				return (int)i;
		if (bar == NULL)
			break;
	}
	return -1;
}

void
customer_plan(const struct ingest_opts *o, struct plan *p, char **norm,
    size_t n)
{
	size_t k;
	int col;

	p->cx_kind = CX_PROFILE_NONE;
	p->cx[0] = p->cx[1] = p->cx[2] = -1;
	for (col = 0; col < EV_NCOLS; col++)
		p->dayfrac[col] = 0;
	/* Talkdesk's legacy payload: timed by start_time, durations in
	 * fractions of a day */
	if (strcmp(p->prof->name, "talkdesk") == 0 && p->src[EV_TS] >= 0 &&
	    strcmp(norm[p->src[EV_TS]], "starttime") == 0) {
		p->dayfrac[EV_TALK] = p->dayfrac[EV_HOLD] =
		    p->dayfrac[EV_ACW] = 1;
		for (k = 0; k < o->nmaps; k++)
			p->dayfrac[o->maps[k].col] = 0;
	}
	/* --map customer= reads that column as it is */
	for (k = 0; k < o->nmaps; k++)
		if (o->maps[k].col == EV_CUSTOMER)
			return;
	if (strcmp(p->prof->name, "five9") == 0) {
		p->cx_kind = CX_FIVE9;
		p->cx[0] = norm_find(norm, n, "calltype");
		p->cx[1] = norm_find(norm, n, "dnis");
	} else if (strcmp(p->prof->name, "genesys") == 0) {
		p->cx_kind = CX_GENESYS;
		p->cx[0] = norm_find(norm, n, "externalcontactid");
		p->cx[1] = norm_find(norm, n, "dnis");
		p->cx[2] = norm_find(norm, n, "originatingdirection|direction");
	}
}

/* Source column k of the customer plan, trimmed; 0 when absent. */
static int
cx_field(const struct row *r, int k, const char **s, size_t *n)
{
	int i = r->p->cx[k];

	if (i < 0 || (size_t)i >= r->rec->nfields)
		return 0;
	*s = r->rec->fields[i];
	*n = r->rec->lens[i];
	parse_trim(s, n);
	return 1;
}

static int
has_prefix(const char *s, size_t n, const char *prefix)
{
	size_t len = strlen(prefix);

	return n >= len && strncasecmp(s, prefix, len) == 0;
}

static void
cx_set(struct row *r, const char *s, size_t n)
{
	r->v[EV_CUSTOMER] = s;
	r->n[EV_CUSTOMER] = n;
	r->safe[EV_CUSTOMER] = 0;
}

/* The profile's rule where a column cannot say it alone. */
static void
customer_pick(struct row *r)
{
	const char *s, *t;
	size_t n, tn;

	switch (r->p->cx_kind) {
	case CX_FIVE9:
		/* ANI is the caller; on a call the centre placed the
		 * customer is the number dialled; an agent's or internal
		 * call and a test have no customer */
		if (!cx_field(r, 0, &t, &tn))
			break;
		if (has_prefix(t, tn, "OUTBOUND") ||
		    has_prefix(t, tn, "AUTODIAL")) {
			if (cx_field(r, 1, &s, &n))
				cx_set(r, s, n);
			else
				cx_set(r, "", 0);
		} else if (parse_eq_nocase(t, tn, "agent") ||
		    parse_eq_nocase(t, tn, "internal") ||
		    parse_eq_nocase(t, tn, "test"))
			cx_set(r, "", 0);
		break;
	case CX_GENESYS:
		/* the external contact names the customer across numbers
		 * and channels; else the caller (ani), or the number
		 * dialled (dnis) on an outbound conversation */
		if (cx_field(r, 0, &s, &n) && n > 0 &&
		    !parse_is_unknown(s, n)) {
			cx_set(r, s, n);
			break;
		}
		if (cx_field(r, 2, &t, &tn) &&
		    parse_eq_nocase(t, tn, "outbound")) {
			if (cx_field(r, 1, &s, &n))
				cx_set(r, s, n);
			else
				cx_set(r, "", 0);
		}
		break;
	}
}

/* Does s look like a phone number: digits, at least five, with only
 * "+-.()/ " between them? */
static int
phone_like(const char *s, size_t n)
{
	size_t i, digits = 0;

	for (i = 0; i < n; i++) {
		if (s[i] >= '0' && s[i] <= '9')
			digits++;
		else if (strchr("+-.()/ ", s[i]) == NULL || s[i] == '\0')
			return 0;
	}
	return digits >= 5;
}

size_t
customer_hash(const unsigned char key[INGEST_HASH_KEY], const char *s,
    size_t n, char out[2 * INGEST_HASH_BYTES + 1])
{
	crypto_generichash_state st;
	unsigned char h[INGEST_HASH_BYTES], chunk[256];
	size_t i, k = 0;
	int phone, c;

	parse_trim(&s, &n);
	/* Genesys Cloud writes a number "tel:+16175550123" */
	if (n > 4 && strncasecmp(s, "tel:", 4) == 0 &&
	    phone_like(s + 4, n - 4)) {
		s += 4;
		n -= 4;
	}
	phone = phone_like(s, n);
	crypto_generichash_init(&st, key, INGEST_HASH_KEY, sizeof(h));
	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (phone && c != '+' && (c < '0' || c > '9'))
			continue;
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		chunk[k++] = (unsigned char)c;
		if (k == sizeof(chunk)) {
			crypto_generichash_update(&st, chunk, k);
			k = 0;
		}
	}
	crypto_generichash_update(&st, chunk, k);
	crypto_generichash_final(&st, h, sizeof(h));
	sodium_bin2hex(out, 2 * INGEST_HASH_BYTES + 1, h, sizeof(h));
	return 2 * INGEST_HASH_BYTES;
}

/* Is s 32 lowercase hexadecimal digits, as customer_hash() writes? */
static int
is_hash(const char *s, size_t n)
{
	size_t i;

	if (n != 2 * INGEST_HASH_BYTES)
		return 0;
	for (i = 0; i < n; i++)
		if (!((s[i] >= '0' && s[i] <= '9') ||
		    (s[i] >= 'a' && s[i] <= 'f')))
			return 0;
	return 1;
}

void
customer_finish(const struct ingest_opts *o, struct row *r)
{
	const char *s;
	size_t n;

	customer_pick(r);
	s = r->v[EV_CUSTOMER];
	n = r->n[EV_CUSTOMER];
	parse_trim(&s, &n);
	if (ev_customer_none(s, n))
		n = 0;
	if (n == 0) {
		cx_set(r, "", 0);
		return;
	}
	/* emp's own stream read back: a hash is not hashed again, or the
	 * same customer would no longer match across streams */
	if (!o->hash_customer || (r->p->prof->kind == NULL &&
	    is_hash(s, n))) {
		r->v[EV_CUSTOMER] = s;
		r->n[EV_CUSTOMER] = n;
		return;
	}
	r->n[EV_CUSTOMER] = customer_hash(o->hash_key, s, n,
	    r->buf[EV_CUSTOMER]);
	r->v[EV_CUSTOMER] = r->buf[EV_CUSTOMER];
	r->safe[EV_CUSTOMER] = 1;
}

void
plan_warn(const struct ingest_opts *o, const struct plan *p)
{
	if (strcmp(p->prof->name, "five9") == 0 && o->cli.tz == NULL)
		emp_warn("%s: Five9 times carry no zone: read as UTC; give "
		    "the account's zone with --tz", p->name);
}

/* Talkdesk's legacy durations. */

int
dayfrac_convert(const char *s, size_t n, const struct ev_conv *c, char *out,
    char *err, size_t errsize)
{
	struct decimal d;
	i128 x, p10 = 1;
	char q[128];
	int rv, flags, i;

	flags = c->decimal_comma ? PN_DECIMAL_COMMA : 0;
	rv = parse_number(s, n, &flags, &d);
	if (rv == PARSE_EMPTY)
		return 0;
	if (rv != PARSE_OK || (flags & PN_PERCENT) || d.m < 0 ||
	    d.scale < 0 || d.scale > DEC_MAXDIGITS) {
		msg_quote(q, sizeof(q), s, n);
		snprintf(err, errsize, "invalid duration '%s'", q);
		return -1;
	}
	for (i = 0; i < d.scale; i++)
		p10 *= 10;
	if (d.m >= p10) {
		msg_quote(q, sizeof(q), s, n);
		snprintf(err, errsize, "duration '%s' is not a fraction of a "
		    "day below 1, as a legacy Talkdesk export's are", q);
		return -1;
	}
	/* whole seconds, half a second rounded up */
	x = ((i128)d.m * 86400 * 2 + p10) / (p10 * 2);
	return snprintf(out, EV_VALMAX, "%d", (int)x);
}
