/*
 * csvread.c: the record reader (see csvio.h for the contract).
 *
 * Rules learnt the hard way (CSV-NOTES):
 * - libcsv is fed one line at a time, so that every record knows the line
 *   it starts on; records spanning quoted newlines keep their first line.
 * - CSV_REPALL_NL reports CR and LF separately: the LF of a CRLF arrives
 *   as a second, empty end of row, which is dropped here.
 * - libcsv trims spaces unless told not to, and keeps a BOM: both are
 *   handled here.
 * - TSV never goes near libcsv: a field starting with '"' would swallow
 *   the rest of the file.
 */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <csv.h>
#include <zlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HAVE_AVX512_SPLIT 1
#endif

#include "csvio.h"
#include "progress.h"
#include "swar.h"

#define READ_SIZE	(64 * 1024)
/* A batch stops growing at this many bytes of fields (or want records). */
#define BATCH_BYTES	(4 * 1024 * 1024)
/* The most fields a record may have (a real table has hundreds). */
#define CSV_MAX_FIELDS	65536
#define TOO_MANY_FIELDS	"record of more than 65536 fields"
/* What a field costs a batch besides its bytes: its offset and length
 * here, its pointer and length in the record handed out. */
#define FIELD_COST	(4 * sizeof(size_t))
/* libcsv's parser states (libcsv.c): within a field begun */
#define LIBCSV_FIELD_BEGUN	2

static size_t max_record;	/* 0: not yet set (csv_max_record()) */

static struct csv_record *record_copy(char *const *, const size_t *, size_t);

struct recmeta {
	size_t		 first;		/* index into foff/flen */
	size_t		 n;
	unsigned long	 line;
	int		 blank;
	int		 plain;
	int		 inraw;		/* a line of the batch's chunk, at
					 * raw[first]: its field ends at
					 * cuts[cfirst..cfirst + n) */
	size_t		 cfirst;
	const char	*err;
};

struct csv_reader {
	char		*name;
	int		 fd;		/* -1 once closed */
	int		 gzip;		/* input is gzip: inflate it */
	z_stream	 zs;
	unsigned char	*zin;		/* compressed bytes read */
	int		 zin_eof;
	int		 zmember_done;	/* between gzip members */
	int		 zbad;		/* corrupt: said at the next fill */
	int		 delim;
	int		 delim_given;	/* by the caller, not sniffed */
	int		 tsv;
	int		 eol;		/* '\n', or '\r' for CR-only files */
	unsigned char	*buf;
	size_t		 pos, len, cap;
	int		 eof;		/* no more bytes to read */
	int		 done;		/* end reported */
	int		 failed;
	unsigned long	 line;		/* line of buf[pos] */
	unsigned long	 rec_line;	/* first line of the pending record */
	struct csv_parser p;
	int		 last_term;
	int		 fast;		/* quote-free lines without libcsv */
	uint16_t	 cut[512];	/* delimiter offsets of such a line */
	size_t		 cur_n;		/* fields of the pending record */
	size_t		 cur_first;
	/* push_rec(): the record is known to hold no spreadsheet mark */
	int		 unmarked;
	/* the record length limit (csv_max_record()) */
	size_t		 max;
	size_t		 pend;		/* bytes of the pending record */
	int		 skip;		/* skipping an over-long record */
	int		 skipq;		/* ... inside quotes */
	char		 toolong[64];	/* its err */
	struct strbuf	 raw;		/* lines of a pending multi-line record */
	/* a broken record whose line is not all read yet (rec_line 0) */
	const char	*badwhy;
	unsigned long	 badline;
	/* the batch of records completed by the last feed */
	struct strbuf	 fb;		/* field bytes, NUL after each */
	size_t		*foff, *flen;
	size_t		 nf, fcap;
	struct recmeta	*recs;
	size_t		 nrec, rcap, rpos;
	/* the record handed out */
	struct csv_record rec;
	char		**fptr;
	size_t		 fpcap;
	char		 errbuf[512];
	/* a header given instead of read (csv_reader_set_header()) */
	struct csv_record *given;
	int		 given_out;	/* csv_reader_header() handed it out */
	/* for the progress line (progress.h) */
	uint64_t	 bytes;		/* read from fd, as stored */
	uint64_t	 nrows;		/* records that are not blank lines */
	uint64_t	 size;		/* a regular file's, else 0 */
	int		 prog;		/* reports to the progress line */
	/* rows of split chunks less their lines (atomic: the committing
	 * thread adds, the reading one reads) */
	int64_t		 rowfix;
	size_t		 chunkmax;	/* a chunk's most bytes (0: any) */
	uint16_t	*cuts;		/* a splitter's: field ends */
	size_t		 ncuts, cutscap;
};

static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void
parser_init(struct csv_reader *r)
{
	csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL);
	csv_set_space_func(&r->p, no_space);
	csv_set_delim(&r->p, (unsigned char)r->delim);
	csv_set_blk_size(&r->p, 64 * 1024);
}

/* Room for more fields. */
static void
grow_fields(struct csv_reader *r, size_t more)
{
	while (r->nf + more > r->fcap)
		r->fcap = r->fcap ? r->fcap * 2 : 64;
	r->foff = xreallocarray(r->foff, r->fcap, sizeof(*r->foff));
	r->flen = xreallocarray(r->flen, r->fcap, sizeof(*r->flen));
}

static void
push_field(struct csv_reader *r, const void *s, size_t len)
{
	if (r->nf == r->fcap)
		grow_fields(r, 1);
	r->foff[r->nf] = r->fb.len;
	r->flen[r->nf] = len;
	r->nf++;
	if (r->fb.len + len + 1 >= r->fb.cap)
		sb_grow(&r->fb, len + 1);
	memcpy(r->fb.s + r->fb.len, s, len);
	r->fb.len += len;
	r->fb.s[r->fb.len++] = '\0';
}

/*
 * A record's fields unmarked (csvio.h, Spreadsheet safety): what emp's
 * writers marked for spreadsheets reads back as it was.  Every record but
 * a broken one, whose one field is its raw line.
 */
static void
unmark_fields(struct csv_reader *r, size_t first, size_t n)
{
	const char *s;
	size_t i, len;

	for (i = first; i < first + n; i++) {
		s = r->fb.s + r->foff[i];
		len = r->flen[i];
		if (len >= 2 && s[0] == '\'' && csv_text_unmark(&s, &len)) {
			r->foff[i]++;
			r->flen[i] = len;
		}
	}
}

/* Whether fields first..first+n repeat the given header. */
static int
is_given(const struct csv_reader *r, size_t first, size_t n)
{
	const struct csv_record *h = r->given;
	size_t i;

	if (n != h->nfields)
		return 0;
	for (i = 0; i < n; i++)
		if (r->flen[first + i] != h->lens[i] || memcmp(r->fb.s +
		    r->foff[first + i], h->fields[i], h->lens[i]) != 0)
			return 0;
	return 1;
}

/*
 * A record done.  With a header given, a record that repeats it (the
 * first split of a file that has its header line) is handed out as blank:
 * no row.
 */
static void
push_rec(struct csv_reader *r, size_t first, size_t n, unsigned long line,
    int blank, const char *err)
{
	struct recmeta *m;

	if (err == NULL && !r->unmarked)
		unmark_fields(r, first, n);
	if (r->given != NULL && !blank && err == NULL && is_given(r, first, n))
		blank = 1;
	if (r->nrec == r->rcap) {
		r->rcap = r->rcap ? r->rcap * 2 : 16;
		r->recs = xreallocarray(r->recs, r->rcap, sizeof(*r->recs));
	}
	m = &r->recs[r->nrec++];
	r->nrows += !blank;
	m->first = first;
	m->n = n;
	m->line = line;
	m->blank = blank;
	m->plain = 0;
	m->inraw = 0;
	m->err = err;
}

/*
 * A record that is refused unread (too long, too many fields): its
 * fields from first on dropped, one empty field in their place and why.
 */
static void
push_refused(struct csv_reader *r, size_t first, unsigned long line,
    const char *why)
{
	if (first < r->nf)
		r->fb.len = r->foff[first];
	r->nf = first;
	push_field(r, "", 0);
	push_rec(r, first, 1, line, 0, why);
}

static void
cb_field(void *s, size_t len, void *data)
{
	struct csv_reader *r = data;

	if (r->cur_n++ == 0)
		r->cur_first = r->nf;
	if (r->cur_n > CSV_MAX_FIELDS)
		return;		/* counted, not kept: cb_row() refuses it */
	push_field(r, s != NULL ? s : "", len);
}

static void
cb_row(int c, void *data)
{
	struct csv_reader *r = data;
	int blank = 0;

	if (c == '\n' && r->last_term == '\r' && r->cur_n == 0) {
		/* the LF of a CRLF: the record ended at the CR */
		r->last_term = 0;
		r->rec_line = r->line + 1;
		return;
	}
	r->last_term = c;
	if (r->cur_n == 0) {
		r->cur_first = r->nf;
		push_field(r, "", 0);
		r->cur_n = 1;
		blank = 1;
	}
	if (r->cur_n > CSV_MAX_FIELDS)
		push_refused(r, r->cur_first, r->rec_line, TOO_MANY_FIELDS);
	else
		push_rec(r, r->cur_first, r->cur_n, r->rec_line, blank, NULL);
	r->cur_n = 0;
	/* a CR ends a line only in CR files, or as the first half of CRLF */
	r->rec_line = (c == r->eol || c == -1) ? r->line + 1 : r->line;
	r->raw.len = 0;
}

/* What the reader has read, to the progress line: the rows less the
 * header when it comes from the input. */
static void
report_progress(const struct csv_reader *r)
{
	uint64_t hdr = r->given == NULL;

	uint64_t rows = r->nrows + (uint64_t)__atomic_load_n(&r->rowfix,
	    __ATOMIC_RELAXED);

	progress_count(r->bytes, rows > hdr ? rows - hdr : 0, r->size);
}

static ssize_t
read_some(struct csv_reader *r, unsigned char *p, size_t n)
{
	ssize_t k;

	do
		k = read(r->fd, p, n);
	while (k < 0 && errno == EINTR);
	if (k < 0) {
		snprintf(r->errbuf, sizeof(r->errbuf), "%s: %s", r->name,
		    strerror(errno));
		r->failed = 1;
	} else
		r->bytes += (uint64_t)k;
	if (r->prog)
		report_progress(r);
	return k;
}

static int
gz_fail(struct csv_reader *r, const char *why)
{
	snprintf(r->errbuf, sizeof(r->errbuf), "%s: %s", r->name, why);
	r->failed = 1;
	r->eof = 1;
	return -1;
}

/* Inflates into buf[len..cap); concatenated members are one stream. */
static int
inflate_some(struct csv_reader *r)
{
	size_t before = r->cap - r->len;
	ssize_t k;
	int ret;

	if (r->zbad)
		return gz_fail(r, "corrupt gzip input");
	for (;;) {
		if (r->zs.avail_in == 0 && !r->zin_eof) {
			if ((k = read_some(r, r->zin, READ_SIZE)) < 0) {
				r->eof = 1;
				return -1;
			}
			if (k == 0)
				r->zin_eof = 1;
			r->zs.next_in = r->zin;
			r->zs.avail_in = (uInt)k;
		}
		if (r->zs.avail_in == 0 && r->zin_eof) {
			if (!r->zmember_done)
				return gz_fail(r, "truncated gzip input");
			break;
		}
		if (r->zmember_done) {
			/* another member, or trailing bytes (ignored, as
			 * gzip does, and said, as gzip does) */
			if (r->zs.next_in[0] != 0x1f) {
				emp_warn("%s: bytes after the end of the gzip "
				    "data: ignored", r->name);
				r->zs.avail_in = 0;
				r->zin_eof = 1;
				break;
			}
			inflateReset(&r->zs);
			r->zmember_done = 0;
		}
		r->zs.next_out = r->buf + r->len;
		r->zs.avail_out = (uInt)(r->cap - r->len);
		ret = inflate(&r->zs, Z_NO_FLUSH);
		r->len = r->cap - r->zs.avail_out;
		if (ret == Z_STREAM_END)
			r->zmember_done = 1;
		else if (ret == Z_MEM_ERROR)
			emp_oom();
		else if (ret != Z_OK && ret != Z_BUF_ERROR) {
			/*
			 * The bytes inflated before the error (a bad check
			 * value comes after all of them) are read first,
			 * wherever the buffer stood: a caller that sees
			 * the error drops what this call added.
			 */
			if (r->cap - r->len < before) {
				r->zbad = 1;
				return (int)(before - (r->cap - r->len));
			}
			return gz_fail(r, "corrupt gzip input");
		}
		if (r->cap - r->len < before)
			return (int)(before - (r->cap - r->len));
	}
	r->eof = 1;
	return 0;
}

static int
fill(struct csv_reader *r)
{
	ssize_t k;

	if (r->eof)
		return 0;
	if (r->pos > 0) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->pos = 0;
	}
	if (r->len == r->cap) {
		r->cap *= 2;
		r->buf = xrealloc(r->buf, r->cap);
	}
	if (r->gzip) {
		return inflate_some(r);
	}
	if ((k = read_some(r, r->buf + r->len, r->cap - r->len)) <= 0) {
		r->eof = 1;
		return (int)k;
	}
	r->len += (size_t)k;
	return (int)k;
}

/* True when the buffer holds a line that is not blank, ended. */
static int
has_line(const struct csv_reader *r)
{
	size_t i;

	for (i = 0; i < r->len && (r->buf[i] == '\n' || r->buf[i] == '\r' ||
	    (i < 3 && r->buf[i] >= 0x80)); i++)
		;
	return memchr(r->buf + i, '\n', r->len - i) != NULL ||
	    memchr(r->buf + i, '\r', r->len - i) != NULL;
}

/* The commas, semicolons and tabs outside quotes of the first line that
 * is not blank. */
static void
count_delims(const struct csv_reader *r, size_t *nc, size_t *ns, size_t *nt)
{
	const unsigned char *b = r->buf + r->pos;
	size_t i = 0, n = r->len - r->pos;
	int inq = 0;

	*nc = *ns = *nt = 0;
	while (i < n && (b[i] == '\n' || b[i] == '\r'))
		i++;
	for (; i < n; i++) {
		if (b[i] == '"')
			inq = !inq;
		else if (inq)
			continue;
		else if (b[i] == '\n' || b[i] == '\r')
			break;
		else if (b[i] == ',')
			(*nc)++;
		else if (b[i] == ';')
			(*ns)++;
		else if (b[i] == '\t')
			(*nt)++;
	}
}

/* Chooses the delimiter and the line end from the first line. */
static void
sniff(struct csv_reader *r, int delim)
{
	size_t nc, ns, nt;
	const unsigned char *b = r->buf + r->pos;
	size_t n = r->len - r->pos;

	r->eol = memchr(b, '\n', n) != NULL || memchr(b, '\r', n) == NULL ?
	    '\n' : '\r';
	r->delim_given = delim != 0;
	if (delim != 0) {
		r->delim = delim;
		return;
	}
	/* the first line that is not blank: the header */
	count_delims(r, &nc, &ns, &nt);
	r->delim = ',';
	if (ns > nc && ns >= nt)
		r->delim = ';';
	else if (nt > nc && nt > ns)
		r->delim = '\t';
}

/*
 * A pipe holds 64K by default, so that the two commands on it (emp-ingest
 * | emp-score) wake each other every 64K: 256K is a sixth less time for
 * the pair.  Not more: a user's pipes share a quota
 * (pipe-user-pages-soft), and once it is spent every new pipe of theirs
 * gets 8K.  Only grown, never shrunk; where it is refused, the pipe stays
 * as it is.
 */
#define PIPE_BYTES	(256 * 1024)

static void
pipe_grow(int fd)
{
#ifdef __linux__
/* Linux's; fcntl.h names them only with _GNU_SOURCE */
#ifndef F_SETPIPE_SZ
#define F_SETPIPE_SZ	1031
#endif
#ifndef F_GETPIPE_SZ
#define F_GETPIPE_SZ	1032
#endif
	int n = fcntl(fd, F_GETPIPE_SZ);

	if (n >= 0 && n < PIPE_BYTES)
		(void)fcntl(fd, F_SETPIPE_SZ, PIPE_BYTES);
#else
	(void)fd;
#endif
}

struct csv_reader *
csv_reader_open(const char *path, int delim)
{
	struct csv_reader *r;
	struct stat st;
	int fd;

	if (strcmp(path, "-") == 0)
		fd = dup(0);
	else
		fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd == -1)
		return NULL;
	if (fstat(fd, &st) == 0) {
		if (S_ISDIR(st.st_mode)) {
			close(fd);
			errno = EISDIR;
			return NULL;
		}
		if (S_ISFIFO(st.st_mode))
			pipe_grow(fd);
	}
	r = csv_reader_fdopen(fd, strcmp(path, "-") == 0 ? "stdin" : path,
	    delim);
	if (r == NULL)
		close(fd);
	else if (progress_claims(path)) {
		r->prog = 1;
		if (fstat(r->fd, &st) == 0 && S_ISREG(st.st_mode))
			r->size = (uint64_t)st.st_size;
		report_progress(r);
	}
	return r;
}

struct csv_reader *
csv_reader_fdopen(int fd, const char *name, int delim)
{
	struct csv_reader *r;

	r = xcalloc(1, sizeof(*r));
	r->fd = fd;
	r->name = xstrdup(name);
	r->cap = READ_SIZE;
	r->buf = xmalloc(r->cap);
	r->line = r->rec_line = 1;
	r->fast = 1;
	r->max = csv_max_record();
	snprintf(r->toolong, sizeof(r->toolong),
	    "record longer than %zu bytes", r->max);
	while (r->len < 2 && fill(r) > 0)
		;
	if (r->len >= 2 && r->buf[0] == 0x1f && r->buf[1] == 0x8b) {
		/* gzip, recognised by content: inflate from here on */
		r->gzip = 1;
		r->zin = xmalloc(READ_SIZE);
		memcpy(r->zin, r->buf, r->len);
		r->zs.next_in = r->zin;
		r->zs.avail_in = (uInt)r->len;
		if (inflateInit2(&r->zs, 15 + 16) != Z_OK)
			emp_oom();
		r->zin_eof = r->eof;
		r->eof = r->failed;
		r->len = 0;
	}
	/* enough to see the header whole, however the pipe delivers it */
	while (!r->eof && r->len < r->cap && !has_line(r) && fill(r) > 0)
		;
	if (r->len >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0)
		r->pos = 3;
	sniff(r, delim);
	r->tsv = r->delim == '\t';
	if (!r->tsv)
		parser_init(r);
	return r;
}

/* A record whose quoting is broken: its raw text as its one field. */
static void
bad_record(struct csv_reader *r, const unsigned char *seg, size_t n,
    const char *why)
{
	size_t first;

	r->nf = r->cur_n > 0 ? r->cur_first : r->nf;
	r->cur_n = 0;
	sb_add(&r->raw, seg, n);
	while (r->raw.len > 0 && (r->raw.s[r->raw.len - 1] == '\n' ||
	    r->raw.s[r->raw.len - 1] == '\r'))
		r->raw.len--;
	first = r->nf;
	push_field(r, r->raw.s != NULL ? r->raw.s : "", r->raw.len);
	push_rec(r, first, 1, r->rec_line, 0, why);
	r->raw.len = 0;
}

#ifdef HAVE_AVX512_SPLIT
/*
 * split_plain() on a CPU with AVX-512 VBMI2 (split_simd() says): 64 bytes
 * a step, the delimiters' offsets packed by one compress (no loop over
 * them), widened to 16 bits and stored under a mask (nothing written past
 * the count).  Loads past the line are masked too: they read nothing.
 * Returns what split_plain() does (the fuzz harness and csv/0014 compare
 * the two).
 */
__attribute__((target("avx512f,avx512bw,avx512vbmi2,popcnt")))
static size_t
split_plain_avx512(const char *s, size_t n, int delim, uint16_t *cut,
    size_t max, int *marked)
{
	const __m512i iota = _mm512_set_epi8(63, 62, 61, 60, 59, 58, 57, 56,
	    55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40,
	    39, 38, 37, 36, 35, 34, 33, 32, 31, 30, 29, 28, 27, 26, 25, 24,
	    23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7,
	    6, 5, 4, 3, 2, 1, 0);
	const __m512i vd = _mm512_set1_epi8((char)delim),
	    vq = _mm512_set1_epi8('"'), vc = _mm512_set1_epi8('\r'),
	    vz = _mm512_setzero_si512(), va = _mm512_set1_epi8('\'');
	__m512i v, packed, w;
	__mmask64 lm, d, starts = 1, mk = 0;
	size_t i, k = 0, c, take;

	for (i = 0; i < n; i += 64) {
		lm = n - i >= 64 ? ~(__mmask64)0 :
		    ((__mmask64)1 << (n - i)) - 1;
		v = _mm512_maskz_loadu_epi8(lm, s + i);
		if ((_mm512_mask_cmpeq_epi8_mask(lm, v, vq) |
		    _mm512_mask_cmpeq_epi8_mask(lm, v, vc) |
		    _mm512_mask_cmpeq_epi8_mask(lm, v, vz)) != 0)
			return (size_t)-1;
		d = _mm512_mask_cmpeq_epi8_mask(lm, v, vd);
		if (marked != NULL) {
			mk |= _mm512_mask_cmpeq_epi8_mask(lm, v, va) &
			    (starts | d << 1);
			starts = d >> 63;
		}
		c = (size_t)_mm_popcnt_u64(d);
		take = c < max - k ? c : max - k;
		if (take == 0)
			continue;
		packed = _mm512_maskz_compress_epi8(d, iota);
		w = _mm512_add_epi16(_mm512_cvtepu8_epi16(
		    _mm512_castsi512_si256(packed)),
		    _mm512_set1_epi16((short)i));
		_mm512_mask_storeu_epi16(cut + k, take >= 32 ? ~(__mmask32)0 :
		    ((__mmask32)1 << take) - 1, w);
		if (take > 32) {
			w = _mm512_add_epi16(_mm512_cvtepu8_epi16(
			    _mm512_extracti64x4_epi64(packed, 1)),
			    _mm512_set1_epi16((short)i));
			_mm512_mask_storeu_epi16(cut + k + 32,
			    take >= 64 ? ~(__mmask32)0 :
			    ((__mmask32)1 << (take - 32)) - 1, w);
		}
		k += take;
	}
	if (marked != NULL)
		*marked = mk != 0;
	return k;
}

/* Whether split_plain() takes split_plain_avx512(): -1 not known yet. */
static int simd_on = -1;

static int
cpu_avx512(void)
{
	__builtin_cpu_init();
	return __builtin_cpu_supports("avx512f") &&
	    __builtin_cpu_supports("avx512bw") &&
	    __builtin_cpu_supports("avx512vbmi2") &&
	    __builtin_cpu_supports("popcnt");
}

/* The CPU has it, and $EMP_SIMD is not 0 (tests compare the two ways). */
static int
split_simd(void)
{
	int on = __atomic_load_n(&simd_on, __ATOMIC_RELAXED);
	const char *e;

	if (on < 0) {
		e = getenv("EMP_SIMD");
		on = (e == NULL || strcmp(e, "0") != 0) && cpu_avx512();
		__atomic_store_n(&simd_on, on, __ATOMIC_RELAXED);
	}
	return on;
}
#endif

/*
 * csv_split_plain(); with marked not NULL, also *marked = whether a field
 * starts with a spreadsheet mark (a '), seen in the same pass.
 */
static inline size_t
split_plain(const char *s, size_t n, int delim, uint16_t *cut, size_t max,
    int *marked)
{
	size_t i = 0, k = 0;
	uint64_t w, md;
	int mark = 0;

#ifdef HAVE_AVX512_SPLIT
	if (split_simd())
		return split_plain_avx512(s, n, delim, cut, max, marked);
#endif
#ifdef __SSE2__
	/* 16 bytes at a time where the machine has it (every x86-64) */
	const __m128i vd = _mm_set1_epi8((char)delim), vq = _mm_set1_epi8('"'),
	    vc = _mm_set1_epi8('\r'), vz = _mm_setzero_si128(),
	    va = _mm_set1_epi8('\'');
	__m128i v;
	unsigned m, starts = 1, mk = 0;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(v, vq), _mm_cmpeq_epi8(v, vc)),
		    _mm_cmpeq_epi8(v, vz))) != 0)
			return (size_t)-1;
		m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vd));
		if (marked != NULL) {
			/* the fields that start here: after a delimiter */
			mk |= (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
			    va)) & (starts | m << 1);
			starts = m >> 15;
		}
		for (; m != 0; m &= m - 1)
			if (k < max)
				cut[k++] = (uint16_t)(i +
				    (size_t)__builtin_ctz(m));
	}
	mark = mk != 0;
#endif
	const uint64_t d = SWAR_ONES * (unsigned char)delim, q = SWAR_ONES * '"',
	    c = SWAR_ONES * '\r';
	size_t from = i;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		if ((swar_zbytes(w ^ q) | swar_zbytes(w ^ c) |
		    swar_zbytes(w)) != 0)
			return (size_t)-1;
		for (md = swar_zbytes(w ^ d); md != 0; md &= md - 1)
			if (k < max)
				cut[k++] = (uint16_t)(i +
				    (size_t)(__builtin_ctzll(md) >> 3));
	}
	for (; i < n; i++) {
		if (s[i] == '"' || s[i] == '\r' || s[i] == '\0')
			return (size_t)-1;
		if (s[i] == delim && k < max)
			cut[k++] = (uint16_t)i;
	}
	/* marks in what the vectors did not see (a few bytes) */
	if (marked != NULL) {
		for (i = from; !mark && i < n; i++)
			mark = s[i] == '\'' && (i == 0 || s[i - 1] == delim);
		*marked = mark;
	}
	return k;
}

size_t
csv_split_plain(const char *s, size_t n, int delim, uint16_t *cut,
    size_t max)
{
	return split_plain(s, n, delim, cut, max, NULL);
}

int
csv_set_simd(int on)
{
#ifdef HAVE_AVX512_SPLIT
	on = on && cpu_avx512();
	__atomic_store_n(&simd_on, on, __ATOMIC_RELAXED);
	return on;
#else
	(void)on;
	return 0;
#endif
}

/*
 * A whole line with no quote, no NUL and no CR but a final CRLF's, read at a
 * record boundary, is one record whose fields lie between delimiters:
 * exactly what libcsv, strict and not trimming, would make of it, at a
 * fraction of its per-byte cost.  Anything else goes to libcsv.  The
 * fuzz harness compares the two on every input.
 */
/*
 * The delimiters of the whole line s[0..n) into cut[] (room for
 * sizeof(r->cut) / sizeof(r->cut[0])) and its length without its line
 * end (LF or CRLF) into *len: their number, or (size_t)-1 for a line that
 * is no plain line or one too long to split here (libcsv's).
 */
static size_t
plain_cuts(const struct csv_reader *r, const unsigned char *s, size_t n,
    uint16_t *cut, size_t *len, int *marked)
{
	const size_t max = sizeof(r->cut) / sizeof(r->cut[0]);
	size_t k;

	*len = n - 1;
	if (*len > 0 && s[*len - 1] == '\r')
		(*len)--;
	if (*len > max * 8)
		return (size_t)-1;
	k = split_plain((const char *)s, *len, r->delim, cut, max, marked);
	return k == max ? (size_t)-1 : k;
}

static int
feed_plain(struct csv_reader *r, const unsigned char *s, size_t n)
{
	size_t first = r->nf, len, k, i, from, to, base;
	int marked;

	if ((k = plain_cuts(r, s, n, r->cut, &len, &marked)) == (size_t)-1)
		return 0;
	if (len == 0) {
		push_field(r, "", 0);
		push_rec(r, first, 1, r->line, 1, NULL);
	} else {
		/* the line copied whole, a NUL over each delimiter */
		if (r->nf + k + 1 > r->fcap)
			grow_fields(r, k + 1);
		if (r->fb.len + len + 1 >= r->fb.cap)
			sb_grow(&r->fb, len + 1);
		base = r->fb.len;
		memcpy(r->fb.s + base, s, len);
		r->fb.s[base + len] = '\0';
		for (i = 0, from = 0; i <= k; i++) {
			to = i < k ? r->cut[i] : len;
			r->fb.s[base + to] = '\0';
			r->foff[r->nf + i] = base + from;
			r->flen[r->nf + i] = to - from;
			from = to + 1;
		}
		r->nf += k + 1;
		r->fb.len = base + len + 1;
		r->unmarked = !marked;
		push_rec(r, first, k + 1, r->line, 0, NULL);
		r->unmarked = 0;
		r->recs[r->nrec - 1].plain = 1;
	}
	r->last_term = '\n';
	r->rec_line = r->line + 1;
	r->raw.len = 0;
	return 1;
}

/* The broken record pending since its line began, handed out whole. */
static void
bad_pending(struct csv_reader *r)
{
	r->rec_line = r->badline;
	bad_record(r, (const unsigned char *)"", 0, r->badwhy);
	r->badwhy = NULL;
	r->rec_line = r->line + 1;
}

static void
feed_csv(struct csv_reader *r, const unsigned char *seg, size_t n, int whole)
{
	size_t got;

	if (whole && r->eol == '\n' && r->p.pstate == 0 && r->cur_n == 0 &&
	    r->fast && feed_plain(r, seg, n))
		return;

	got = csv_parse(&r->p, seg, n, cb_field, cb_row, r);
	if (got < n || csv_error(&r->p) != CSV_SUCCESS) {
		/* libcsv out of memory ends the run, as the x*()
		 * allocators do (util.c) */
		if (csv_error(&r->p) != CSV_EPARSE)
			emp_die(EXIT_FAIL, "%s:%lu: %s", r->name, r->line,
			    csv_strerror(csv_error(&r->p)));
		if (whole)
			bad_record(r, seg, n, "misplaced quote");
		else {
			/* the rest of this line belongs to the broken record:
			 * it is handed out at the line's end (feed_line()) */
			r->nf = r->cur_n > 0 ? r->cur_first : r->nf;
			r->cur_n = 0;
			sb_add(&r->raw, seg, n);
			r->badwhy = "misplaced quote";
			r->badline = r->rec_line;
		}
		csv_free(&r->p);
		parser_init(r);
		r->last_term = 0;
		r->rec_line = whole ? r->line + 1 : 0;
		return;
	}
	if (r->p.pstate != 0 || !whole)
		sb_add(&r->raw, seg, n);
}

static void
finish_csv(struct csv_reader *r)
{
	if (csv_fini(&r->p, cb_field, cb_row, r) != 0) {
		r->line = r->rec_line;
		bad_record(r, (const unsigned char *)"", 0,
		    "unterminated quoted field");
	}
	csv_free(&r->p);
}

static void
tsv_unescape_push(struct csv_reader *r, const unsigned char *s, size_t n)
{
	const unsigned char *bs;
	size_t i;
	char c;

	if ((bs = memchr(s, '\\', n)) == NULL) {
		push_field(r, s, n);
		return;
	}
	push_field(r, s, (size_t)(bs - s));
	r->fb.len--;			/* reopen the field */
	for (i = (size_t)(bs - s); i < n; i++) {
		c = (char)s[i];
		if (c == '\\' && i + 1 < n) {
			switch (s[i + 1]) {
			case 't': c = '\t'; i++; break;
			case 'n': c = '\n'; i++; break;
			case 'r': c = '\r'; i++; break;
			case '\\': i++; break;
			}
		}
		sb_addc_fast(&r->fb, c);
	}
	r->flen[r->nf - 1] = r->fb.len - r->foff[r->nf - 1];
	sb_addc_fast(&r->fb, '\0');
}

static void
feed_tsv(struct csv_reader *r, const unsigned char *s, size_t n)
{
	const unsigned char *end = s + n, *tab;
	size_t first = r->nf;

	if (n > 0 && s[n - 1] == r->eol)
		end--;
	if (end > s && end[-1] == '\r')
		end--;
	if (end == s) {
		push_field(r, "", 0);
		push_rec(r, first, 1, r->line, 1, NULL);
		return;
	}
	for (;;) {
		tab = memchr(s, '\t', (size_t)(end - s));
		if (tab == NULL)
			break;
		if (r->nf - first == CSV_MAX_FIELDS) {
			push_refused(r, first, r->line, TOO_MANY_FIELDS);
			return;
		}
		tsv_unescape_push(r, s, (size_t)(tab - s));
		s = tab + 1;
	}
	tsv_unescape_push(r, s, (size_t)(end - s));
	push_rec(r, first, r->nf - first, r->line, 0, NULL);
}

int
csv_parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || v > CSV_MAX_RECORD_MAX)
		return -1;
	switch (*end) {
	case 'K':
		v <<= 10;
		end++;
		break;
	case 'M':
		v <<= 20;
		end++;
		break;
	case 'G':
		v <<= 30;
		end++;
		break;
	}
	if (*end != '\0' || v == 0 || v > CSV_MAX_RECORD_MAX)
		return -1;
	*out = (size_t)v;
	return 0;
}

size_t
csv_max_record(void)
{
	const char *s;

	if (max_record != 0)
		return max_record;
	max_record = CSV_MAX_RECORD_DEFAULT;
	if ((s = getenv("EMP_MAX_RECORD")) == NULL || *s == '\0')
		return max_record;
	if (csv_parse_size(s, &max_record) == -1)
		usage_error("invalid EMP_MAX_RECORD '%s': use a number of "
		    "bytes from 1 to %d, or with K, M or G", s,
		    CSV_MAX_RECORD_MAX);
	return max_record;
}

void
csv_set_max_record(size_t max)
{
	max_record = max;
}

/* Bytes of a segment without its line end (LF, CR or CRLF). */
static size_t
body_len(const struct csv_reader *r, const unsigned char *b, size_t n,
    int whole)
{
	if (whole) {
		n--;
		if (r->eol == '\n' && n > 0 && b[n - 1] == '\r')
			n--;
	}
	return n;
}

/* Toggles *inq at every quote of b[0..n). */
static void
quote_parity(const unsigned char *b, size_t n, int *inq)
{
	const unsigned char *q, *end = b + n;

	while ((q = memchr(b, '"', (size_t)(end - b))) != NULL) {
		*inq = !*inq;
		b = q + 1;
	}
}

/*
 * The pending record plus segment b[0..n) is longer than the limit: the
 * record comes back as one empty field with err set, and what was read of
 * it is dropped.  The rest of it (to a line end outside quotes: quotes are
 * counted, from libcsv's state) is skipped without being kept, so that
 * memory stays bounded by the limit and reading goes on after it.
 */
static void
too_long(struct csv_reader *r, const unsigned char *b, size_t n, int whole)
{
	unsigned long line = r->tsv ? r->line : r->rec_line;
	size_t first;
	int inq = 0;

	first = r->cur_n > 0 ? r->cur_first : r->nf;
	r->cur_n = 0;
	r->raw.len = 0;
	r->pend = 0;
	if (!r->tsv) {
		inq = r->p.pstate == LIBCSV_FIELD_BEGUN && r->p.quoted;
		quote_parity(b, n, &inq);
		/* libcsv gives its field buffer back */
		csv_free(&r->p);
		parser_init(r);
		r->last_term = 0;
	}
	push_refused(r, first, line, r->toolong);
	if (whole && !inq)
		r->rec_line = r->line + 1;
	else {
		r->skip = 1;
		r->skipq = inq;
	}
}

/* Skipping the rest of an over-long record: it ends at a line end
 * outside quotes. */
static void
skip_some(struct csv_reader *r, const unsigned char *b, size_t n, int whole)
{
	if (!r->tsv)
		quote_parity(b, n, &r->skipq);
	if (whole && !r->skipq) {
		r->skip = 0;
		r->rec_line = r->line + 1;
	}
}

/* One line b[0..n), with its line end when whole (else the input's
 * last bytes, or as much of a line as was read). */
static void
feed_line(struct csv_reader *r, const unsigned char *b, size_t n, int whole)
{
	if (r->skip) {
		skip_some(r, b, n, whole);
	} else if (r->rec_line != 0 &&
	    r->pend + body_len(r, b, n, whole) > r->max) {
		too_long(r, b, n, whole);
	} else if (r->tsv) {
		if (!whole) {
			sb_add(&r->raw, b, n);
			r->pend += n;
			return;
		}
		if (r->raw.len > 0) {
			sb_add(&r->raw, b, n);
			feed_tsv(r, (unsigned char *)r->raw.s, r->raw.len);
			r->raw.len = 0;
		} else
			feed_tsv(r, b, n);
		r->pend = 0;
	} else if (r->rec_line == 0) {
		/* the rest of a broken line: its record's text, to the
		 * record length limit */
		if (r->raw.len < r->max)
			sb_add(&r->raw, b, n < r->max - r->raw.len ? n :
			    r->max - r->raw.len);
		if (whole)
			bad_pending(r);
		r->pend = 0;
	} else {
		feed_csv(r, b, n, whole);
		r->pend = whole && r->p.pstate == 0 && r->cur_n == 0 ?
		    0 : r->pend + n;
	}
	if (whole)
		r->line++;
}

/*
 * Feeds lines until want records are complete (and, with settle, no
 * record is half read) or the input ends.  A batch of several records
 * also ends at BATCH_BYTES of fields (their bytes and FIELD_COST each),
 * so that memory is bounded by the record length limit, not by the
 * records' count nor by how many fields they hold.
 */
static int
feed(struct csv_reader *r, size_t want, int settle)
{
	unsigned char *b, *nl;
	size_t n;
	int whole;

	while ((r->nrec < want && (r->nrec == 0 || r->fb.len +
	    r->nf * FIELD_COST < BATCH_BYTES)) || (settle && r->cur_n > 0)) {
		if (r->pos == r->len) {
			if (!r->eof && fill(r) > 0)
				continue;
			if (r->failed)
				return -1;
			if (r->tsv) {
				if (r->raw.len > 0) {
					feed_tsv(r, (unsigned char *)r->raw.s,
					    r->raw.len);
					r->raw.len = 0;
				}
			} else if (!r->done) {
				if (r->badwhy != NULL)
					bad_pending(r);
				finish_csv(r);
			}
			r->done = 1;
			return r->nrec > 0;
		}
		b = r->buf + r->pos;
		n = r->len - r->pos;
		nl = memchr(b, r->eol, n);
		whole = nl != NULL;
		if (whole)
			n = (size_t)(nl - b) + 1;
		r->pos += n;
		feed_line(r, b, n, whole);
	}
	return 1;
}

/* Empties the batch, keeping the fields of a record still being read. */
static void
batch_reset(struct csv_reader *r)
{
	size_t i, base;

	r->nrec = r->rpos = 0;
	if (r->cur_n == 0) {
		r->nf = 0;
		r->fb.len = 0;
		return;
	}
	base = r->foff[r->cur_first];
	memmove(r->fb.s, r->fb.s + base, r->fb.len - base);
	r->fb.len -= base;
	for (i = 0; i < r->cur_n; i++) {
		r->foff[i] = r->foff[r->cur_first + i] - base;
		r->flen[i] = r->flen[r->cur_first + i];
	}
	r->nf = r->cur_n;
	r->cur_first = 0;
}

int
csv_reader_header(struct csv_reader *r, struct csv_record **recp)
{
	int rv;

	if (r->given != NULL && !r->given_out) {
		r->given_out = 1;
		*recp = r->given;
		return 1;
	}
	while ((rv = csv_reader_next(r, recp)) == 1 && (*recp)->blank)
		;
	return rv;
}

int
csv_record_check(const struct csv_record *rec, size_t nhdr,
    char *const *names, char *why, size_t size)
{
	size_t i;

	if (rec->err != NULL) {
		snprintf(why, size, "%s", rec->err);
		return -1;
	}
	if (rec->nfields != nhdr) {
		snprintf(why, size, "expected %zu fields, found %zu", nhdr,
		    rec->nfields);
		return -1;
	}
	/* a plain record holds none */
	for (i = 0; !rec->plain && i < rec->nfields; i++) {
		if (memchr(rec->fields[i], '\0', rec->lens[i]) == NULL)
			continue;
		if (names != NULL)
			snprintf(why, size, "field '%.64s': NUL byte",
			    names[i]);
		else
			snprintf(why, size, "field %zu: NUL byte", i + 1);
		return -1;
	}
	return 0;
}

/*
 * Whether a header is UTF-16 (a byte order mark FF FE or FE FF, or a NUL
 * byte beside every other one), which emp does not read: reported with
 * the fix unless quiet.
 */
static int
utf16_header(const char *name, const struct csv_record *rec, int quiet)
{
	const unsigned char *f;
	size_t n, i, k, all = 0, nul = 0;
	int utf32;

	if (rec->nfields == 0)
		return 0;
	f = (const unsigned char *)rec->fields[0];
	n = rec->lens[0];
	/* UTF-32: a BOM FF FE 00 00 or 00 00 FE FF, or 3 NULs in 4 bytes */
	utf32 = n >= 4 && ((f[0] == 0xff && f[1] == 0xfe && f[2] == 0 &&
	    f[3] == 0) || (f[0] == 0 && f[1] == 0 && f[2] == 0xfe &&
	    f[3] == 0xff));
	if (!utf32 && !(n >= 2 && ((f[0] == 0xff && f[1] == 0xfe) ||
	    (f[0] == 0xfe && f[1] == 0xff)))) {
		for (k = 0; k < rec->nfields; k++) {
			f = (const unsigned char *)rec->fields[k];
			for (i = 0; i < rec->lens[k]; i++)
				nul += f[i] == 0;
			all += rec->lens[k];
		}
		if (all < 2 || nul < all / 3)
			return 0;
		utf32 = nul >= all / 2 + all / 4;
	}
	if (!quiet)
		emp_warn("%s:1: a UTF-%s file: emp reads UTF-8 (and ASCII); "
		    "convert it first: iconv -f UTF-%s -t UTF-8 < FILE > "
		    "FILE.utf8", name, utf32 ? "32" : "16", utf32 ? "32" :
		    "16");
	return 1;
}

struct csv_reader *
csv_open_table(const char *path, int delim, struct csv_record **hdr,
    int quiet)
{
	return csv_open_table_as(path, delim, NULL, hdr, quiet);
}

struct csv_reader *
csv_open_table_as(const char *path, int delim, const struct csv_record *given,
    struct csv_record **hdr, int quiet)
{
	struct csv_reader *rd;
	int rv;

	if ((rd = csv_reader_open(path, delim)) == NULL) {
		if (!quiet)
			emp_warnerr("%s", path);
		return NULL;
	}
	if (given != NULL)
		csv_reader_set_header(rd, given);
	rv = csv_reader_header(rd, hdr);
	if (rv == 1 && utf16_header(rd->name, *hdr, quiet)) {
		csv_reader_close(rd);
		return NULL;
	}
	if (rv == 1 && (*hdr)->err == NULL)
		return rd;
	if (quiet)
		;
	else if (rv == 0)
		emp_warn("%s: empty input: no header", rd->name);
	else if (rv == -1)
		emp_warn("%s", csv_reader_error(rd));
	else
		emp_warn("%s:%lu: header: %s", rd->name, (*hdr)->line,
		    (*hdr)->err);
	csv_reader_close(rd);
	return NULL;
}

int
csv_reader_next(struct csv_reader *r, struct csv_record **recp)
{
	struct recmeta *m;
	size_t i;
	int rv;

	if (r->rpos == r->nrec) {
		batch_reset(r);
		if (r->done)
			return r->failed ? -1 : 0;
		if ((rv = feed(r, 1, 0)) <= 0)
			return rv;
	}
	m = &r->recs[r->rpos++];
	if (m->n > r->fpcap) {
		r->fpcap = m->n * 2;
		r->fptr = xreallocarray(r->fptr, r->fpcap, sizeof(*r->fptr));
	}
	for (i = 0; i < m->n; i++)
		r->fptr[i] = r->fb.s + r->foff[m->first + i];
	r->rec.fields = r->fptr;
	r->rec.lens = r->flen + m->first;
	r->rec.nfields = m->n;
	r->rec.line = m->line;
	r->rec.blank = m->blank;
	r->rec.plain = m->plain;
	r->rec.err = m->err;
	*recp = &r->rec;
	return 1;
}

struct csv_batch {
	uint16_t	*cuts;		/* of the records in raw */
	size_t		 cutscap;
	size_t		*lens;		/* such a record's, handed out */
	struct strbuf	 fb;
	size_t		*foff, *flen;
	size_t		 fcap;
	struct recmeta	*recs;
	size_t		 rcap;
	size_t		 start, nrec;
	char		**fptr;
	size_t		 fpcap;
	struct csv_record rec;
	/* a chunk of whole lines not yet split (csv_reader_next_chunk()) */
	int		 chunk;
	unsigned char	*raw;
	size_t		 rawcap, rawoff, rawlen;
	unsigned long	 rawline;	/* the line of raw[rawoff] */
	uint64_t	 rawlines;	/* its lines, counted as rows */
	uint64_t	 rows;		/* rows once split */
};

struct csv_batch *
csv_batch_new(void)
{
	return xcalloc(1, sizeof(struct csv_batch));
}

void
csv_batch_free(struct csv_batch *b)
{
	if (b == NULL)
		return;
	sb_free(&b->fb);
	free(b->foff);
	free(b->flen);
	free(b->recs);
	free(b->fptr);
	free(b->raw);
	free(b->cuts);
	free(b->lens);
	free(b);
}

#define SWAP(a, b, t) do { t tmp_ = (a); (a) = (b); (b) = tmp_; } while (0)

int
csv_reader_next_batch(struct csv_reader *r, struct csv_batch *b,
    size_t want)
{
	int rv = 0;

	if (r->rpos == r->nrec) {
		batch_reset(r);
		if (r->done)
			return r->failed ? -1 : 0;
		rv = feed(r, want, 1);
	} else if (r->cur_n > 0)
		rv = feed(r, 0, 1);	/* finish the record begun */
	/* records read before an error come first; a record cut short by
	 * it is dropped */
	if (rv < 0 && r->cur_n > 0) {
		r->nf = r->cur_first;
		r->cur_n = 0;
	}
	if (r->nrec == r->rpos)
		return rv < 0 || r->failed ? -1 : 0;
	/* hand the reader's arrays over whole: no copy */
	SWAP(r->fb, b->fb, struct strbuf);
	SWAP(r->foff, b->foff, size_t *);
	SWAP(r->flen, b->flen, size_t *);
	SWAP(r->fcap, b->fcap, size_t);
	SWAP(r->recs, b->recs, struct recmeta *);
	SWAP(r->rcap, b->rcap, size_t);
	b->start = r->rpos;
	b->nrec = r->nrec - r->rpos;
	r->nrec = r->rpos = 0;
	r->nf = 0;
	r->fb.len = 0;
	return (int)b->nrec;
}

size_t
csv_batch_count(const struct csv_batch *b)
{
	return b->nrec;
}

struct csv_record *
csv_batch_record(struct csv_batch *b, size_t i)
{
	struct recmeta *m = &b->recs[b->start + i];
	size_t k;

	const uint16_t *cut;
	char *base;
	size_t from;

	if (m->n > b->fpcap) {
		b->fpcap = m->n * 2;
		b->fptr = xreallocarray(b->fptr, b->fpcap, sizeof(*b->fptr));
		b->lens = xreallocarray(b->lens, b->fpcap, sizeof(*b->lens));
	}
	if (m->inraw) {
		base = (char *)b->raw + m->first;
		cut = b->cuts + m->cfirst;
		for (k = 0, from = 0; k < m->n; k++) {
			b->fptr[k] = base + from;
			b->lens[k] = cut[k] - from;
			base[cut[k]] = '\0';	/* the delimiter, the line end */
			from = (size_t)cut[k] + 1;
		}
		b->rec.lens = b->lens;
	} else {
		base = b->fb.s;
		for (k = 0; k < m->n; k++)
			b->fptr[k] = base + b->foff[m->first + k];
		b->rec.lens = b->flen + m->first;
	}
	b->rec.fields = b->fptr;
	b->rec.nfields = m->n;
	b->rec.line = m->line;
	b->rec.blank = m->blank;
	b->rec.plain = m->plain;
	b->rec.err = m->err;
	return &b->rec;
}

/*
 * Chunks: reading cut from splitting.  At a record boundary the reader
 * hands out whole lines unsplit, and any thread splits them with a
 * splitter of its own, running the very code (feed_line()) the reader
 * would have run on them from the same state: the batch that comes out
 * is the one csv_reader_next_batch() would have made.  That holds when
 * the reader is at a record boundary in its ground state and every line
 * of the chunk ends at a record boundary too, which is so when each line
 * ends outside quotes as counted from the chunk's start: strict libcsv
 * is inside a quoted field exactly after an odd number of quotes, and a
 * broken line ends in the ground state anyway (feed_csv()).  The first
 * line that ends inside quotes (a quoted line end) ends the chunk; the
 * reader itself reads the record it starts, and chunks go on after it.
 */
/* Whether the reader is at a record boundary in its ground state, its
 * batch handed out, with line ends that chunks can be cut at. */
static int
at_boundary(const struct csv_reader *r)
{
	return r->cur_n == 0 && !r->skip && r->raw.len == 0 && r->pend == 0 &&
	    (r->tsv || (r->p.pstate == 0 && r->rec_line == r->line));
}

static int
chunkable(const struct csv_reader *r)
{
	return r->fast && !r->done && !r->failed && r->eol == '\n' &&
	    r->rpos == r->nrec && at_boundary(r);
}

#ifdef HAVE_AVX512_SPLIT
/*
 * chunk_cut()'s start with AVX-512 (split_simd()): 64 bytes a step while
 * no quote comes (quotes not counted when !quotes), the last line end in
 * *cut and the line ends in *nl.  Returns where it stopped: the block
 * with the first quote, or the last whole block's end; chunk_cut() goes
 * on from there.
 */
__attribute__((target("avx512f,avx512bw,popcnt")))
static size_t
chunk_cut_avx512(const unsigned char *s, size_t n, int quotes, size_t *cut,
    uint64_t *nl)
{
	const __m512i vn = _mm512_set1_epi8('\n'), vq = _mm512_set1_epi8('"');
	__m512i v;
	__mmask64 mn;
	size_t i;

	for (i = 0; i + 64 <= n; i += 64) {
		v = _mm512_loadu_si512((const void *)(s + i));
		if (quotes && _mm512_cmpeq_epi8_mask(v, vq) != 0)
			break;
		mn = _mm512_cmpeq_epi8_mask(v, vn);
		if (mn != 0) {
			*cut = i + (size_t)(63 - __builtin_clzll(mn)) + 1;
			*nl += (uint64_t)_mm_popcnt_u64(mn);
		}
	}
	return i;
}
#endif

/*
 * The bytes of the whole lines at the start of s[0..n) that end outside
 * quotes (quotes not counted when !quotes), and their count in *lines.
 */
static size_t
chunk_cut(const unsigned char *s, size_t n, int quotes, uint64_t *lines)
{
	size_t i = 0, cut = 0, j;
	uint64_t nl = 0;
	int inq = 0;

#ifdef HAVE_AVX512_SPLIT
	/* outside quotes up to i */
	if (split_simd())
		i = chunk_cut_avx512(s, n, quotes, &cut, &nl);
#endif
#ifdef __SSE2__
	const __m128i vn = _mm_set1_epi8('\n'), vq = _mm_set1_epi8('"');
	__m128i v;
	unsigned mn, mq;

	for (; i + 16 <= n; i += 16) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		mq = quotes ? (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    vq)) : 0;
		if (mq == 0 && !inq) {
			mn = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vn));
			if (mn != 0) {
				cut = i + (size_t)(31 - __builtin_clz(mn)) + 1;
				/* popcount, without needing POPCNT */
				mn -= (mn >> 1) & 0x5555;
				mn = (mn & 0x3333) + ((mn >> 2) & 0x3333);
				mn = (mn + (mn >> 4)) & 0x0f0f;
				nl += (mn + (mn >> 8)) & 0x1f;
			}
			continue;
		}
		for (j = i; j < i + 16; j++) {
			if (s[j] == '"')
				inq = !inq;
			else if (s[j] == '\n') {
				if (inq)
					goto done;
				nl++;
				cut = j + 1;
			}
		}
	}
#endif
	for (; i < n; i++) {
		if (s[i] == '"' && quotes)
			inq = !inq;
		else if (s[i] == '\n') {
			if (inq)
				break;
			nl++;
			cut = i + 1;
		}
	}
#ifdef __SSE2__
done:
#endif
	*lines = nl;
	return cut;
}

int
csv_reader_next_chunk(struct csv_reader *r, struct csv_batch *b,
    size_t want)
{
	size_t cut, rest;
	uint64_t lines;

	b->chunk = 0;
	b->rawlines = 0;
	if (!chunkable(r))
		return csv_reader_next_batch(r, b, want);
	batch_reset(r);
	while (!r->eof && r->len - r->pos < r->cap && fill(r) > 0)
		;
	if (r->failed || r->pos == r->len)
		return csv_reader_next_batch(r, b, want);
	cut = r->len - r->pos;
	if (r->chunkmax > 0 && cut > r->chunkmax)
		cut = r->chunkmax;
	cut = chunk_cut(r->buf + r->pos, cut, !r->tsv, &lines);
	/* a record over lines, or a line longer than the buffer: read here,
	 * with a few records after it (one a batch would cost a batch's
	 * overhead each in a file of comments over lines) */
	if (cut == 0)
		return csv_reader_next_batch(r, b, want < 64 ? want : 64);
	/* the chunk keeps the buffer; the reader takes the batch's */
	if (b->rawcap < r->cap) {
		free(b->raw);
		b->raw = xmalloc(r->cap);
		b->rawcap = r->cap;
	}
	SWAP(r->buf, b->raw, unsigned char *);
	SWAP(r->cap, b->rawcap, size_t);
	rest = r->len - r->pos - cut;
	memcpy(r->buf, b->raw + r->pos + cut, rest);
	b->rawoff = r->pos;
	b->rawlen = cut;
	r->pos = 0;
	r->len = rest;
	b->rawline = r->line;
	b->rawlines = lines;
	r->line += (unsigned long)lines;
	r->rec_line = r->line;
	r->nrows += lines;
	b->chunk = 1;
	b->start = b->nrec = 0;
	return lines > INT32_MAX ? INT32_MAX : (int)lines;
}

void
csv_reader_set_chunk(struct csv_reader *r, size_t max)
{
	r->chunkmax = max;
}

int
csv_batch_is_chunk(const struct csv_batch *b)
{
	return b->chunk;
}

struct csv_reader *
csv_splitter_new(const struct csv_reader *r)
{
	struct csv_reader *w;

	w = xcalloc(1, sizeof(*w));
	w->fd = -1;
	w->name = xstrdup(r->name);
	w->delim = r->delim;
	w->delim_given = r->delim_given;
	w->tsv = r->tsv;
	w->eol = r->eol;
	w->fast = r->fast;
	w->max = r->max;
	w->done = 1;		/* nothing to read, nothing to finish */
	memcpy(w->toolong, r->toolong, sizeof(w->toolong));
	if (r->given != NULL)
		w->given = record_copy(r->given->fields, r->given->lens,
		    r->given->nfields);
	if (!w->tsv)
		parser_init(w);
	return w;
}

void
csv_splitter_free(struct csv_reader *w)
{
	if (w == NULL)
		return;
	if (!w->tsv)
		csv_free(&w->p);
	w->done = 0;
	w->tsv = 1;	/* its parser is freed */
	csv_reader_close(w);
}

/*
 * A whole line s[0..n) of a chunk split where it lies, as feed_plain()
 * would split a copy: the line's offset from base and its field ends
 * (r->cuts; csv_batch_record() puts a NUL over each, the delimiters and
 * the line end, when it is asked for the record).  0 (nothing
 * done) for a line feed_plain() would not take, a blank line, one with a
 * spreadsheet mark or one over the record length limit: feed_line()
 * reads those.
 */
static int
split_in_place(struct csv_reader *r, unsigned char *base, unsigned char *s,
    size_t n)
{
	const size_t max = sizeof(r->cut) / sizeof(r->cut[0]);
	size_t len, k;
	struct recmeta *m;
	uint16_t *cut;
	int marked;

	if (r->ncuts + max > r->cutscap) {
		r->cutscap = r->cutscap ? 2 * r->cutscap : 8192;
		r->cuts = xreallocarray(r->cuts, r->cutscap,
		    sizeof(*r->cuts));
	}
	/* the field ends: the delimiters, then the line's end */
	cut = r->cuts + r->ncuts;
	if ((k = plain_cuts(r, s, n, cut, &len, &marked)) == (size_t)-1 ||
	    len == 0 || len > r->max || marked)
		return 0;
	cut[k++] = (uint16_t)len;
	if (r->nrec == r->rcap) {
		r->rcap = r->rcap ? r->rcap * 2 : 16;
		r->recs = xreallocarray(r->recs, r->rcap, sizeof(*r->recs));
	}
	m = &r->recs[r->nrec++];
	m->first = (size_t)(s - base);
	m->cfirst = r->ncuts;
	m->n = k;
	m->line = r->line;
	m->blank = 0;
	m->plain = 1;
	m->inraw = 1;
	m->err = NULL;
	r->ncuts += k;
	r->nrows++;
	r->last_term = '\n';
	r->rec_line = ++r->line;
	return 1;
}

size_t
csv_batch_split(struct csv_reader *w, struct csv_batch *b)
{
	unsigned char *s = b->raw + b->rawoff, *end = s + b->rawlen, *nl;
	size_t n;
	int inplace = w->fast && !w->tsv && w->given == NULL;

	w->line = w->rec_line = b->rawline;
	w->nrec = w->rpos = w->nf = w->ncuts = 0;
	w->fb.len = 0;
	w->nrows = 0;
	w->last_term = 0;
	while (s < end) {
		nl = memchr(s, '\n', (size_t)(end - s));
		n = (size_t)(nl - s) + 1;
		if (!inplace || !split_in_place(w, b->raw, s, n))
			feed_line(w, s, n, 1);
		s += n;
	}
	if (!at_boundary(w))
		emp_die(EXIT_FAIL, "%s:%lu: internal error: a chunk that "
		    "does not end at a record boundary", w->name, w->line);
	SWAP(w->fb, b->fb, struct strbuf);
	SWAP(w->foff, b->foff, size_t *);
	SWAP(w->flen, b->flen, size_t *);
	SWAP(w->fcap, b->fcap, size_t);
	SWAP(w->recs, b->recs, struct recmeta *);
	SWAP(w->rcap, b->rcap, size_t);
	SWAP(w->cuts, b->cuts, uint16_t *);
	SWAP(w->cutscap, b->cutscap, size_t);
	b->start = 0;
	b->nrec = w->nrec;
	b->rows = w->nrows;
	b->chunk = 0;
	w->nrec = w->nf = 0;
	w->fb.len = 0;
	return b->nrec;
}

void
csv_reader_chunk_done(struct csv_reader *r, const struct csv_batch *b)
{
	if (b->rawlines > 0)
		__atomic_fetch_add(&r->rowfix, (int64_t)b->rows -
		    (int64_t)b->rawlines, __ATOMIC_RELAXED);
}

void
csv_batch_view(struct csv_batch *b, size_t i, struct csv_view *v)
{
	const struct recmeta *m = &b->recs[b->start + i];
	struct csv_record *rec;

	if (!m->inraw) {
		rec = csv_batch_record(b, i);
		v->rec = rec;
		v->nfields = rec->nfields;
		v->line = rec->line;
		v->blank = rec->blank;
		v->err = rec->err;
		return;
	}
	v->rec = NULL;
	v->base = (const char *)b->raw + m->first;
	v->cut = b->cuts + m->cfirst;
	v->nfields = m->n;
	v->line = m->line;
	v->blank = m->blank;
	v->err = m->err;
}

const char *
csv_reader_name(const struct csv_reader *r)
{
	return r->name;
}

const char *
csv_reader_error(const struct csv_reader *r)
{
	return r->errbuf;
}

void
csv_reader_set_fast(struct csv_reader *r, int on)
{
	r->fast = on;
}

int
csv_reader_is_gzip(const struct csv_reader *r)
{
	return r->gzip;
}

int
csv_reader_delim(const struct csv_reader *r)
{
	return r->delim;
}

void
csv_reader_close(struct csv_reader *r)
{
	if (r == NULL)
		return;
	if (r->prog)
		report_progress(r);	/* the exact count, for the end */
	if (r->fd != -1)
		close(r->fd);
	if (r->gzip) {
		inflateEnd(&r->zs);
		free(r->zin);
	}
	if (!r->tsv && !r->done)
		csv_free(&r->p);
	free(r->name);
	free(r->buf);
	sb_free(&r->raw);
	sb_free(&r->fb);
	free(r->foff);
	free(r->flen);
	free(r->recs);
	free(r->fptr);
	free(r->cuts);
	csv_record_free(r->given);
	free(r);
}

/* Given headers. */

/* A record of n names copied from names[] (lens[]), in one block. */
static struct csv_record *
record_copy(char *const *names, const size_t *lens, size_t n)
{
	struct csv_record *rec;
	size_t i, bytes = 0;
	char *p;

	for (i = 0; i < n; i++)
		bytes += lens[i] + 1;
	rec = xcalloc(1, sizeof(*rec));
	rec->fields = xcalloc(n + 1, sizeof(char *));
	rec->lens = xcalloc(n + 1, sizeof(size_t));
	p = xmalloc(bytes + 1);
	for (i = 0; i < n; i++) {
		memcpy(p, names[i], lens[i]);
		p[lens[i]] = '\0';
		rec->fields[i] = p;
		rec->lens[i] = lens[i];
		p += lens[i] + 1;
	}
	rec->nfields = n;
	rec->plain = 1;
	return rec;
}

void
csv_record_free(struct csv_record *rec)
{
	if (rec == NULL)
		return;
	if (rec->nfields > 0)
		free(rec->fields[0]);
	free(rec->fields);
	free(rec->lens);
	free(rec);
}

void
csv_reader_set_header(struct csv_reader *r, const struct csv_record *hdr)
{
	size_t nc, ns, nt, k = hdr->nfields - 1;
	int d;

	csv_record_free(r->given);
	r->given = record_copy(hdr->fields, hdr->lens, hdr->nfields);
	r->given_out = 0;
	if (r->delim_given)
		return;
	/*
	 * The first line is data, not a header of plain names: a comment's
	 * commas could outnumber its tabs.  The delimiter that gives it as
	 * many fields as the header given wins (tab first: the pieces of a
	 * split are TSV); none: the guess from its counts stands.
	 */
	count_delims(r, &nc, &ns, &nt);
	d = nt == k ? '\t' : nc == k ? ',' : ns == k ? ';' : r->delim;
	if (d == r->delim)
		return;
	r->delim = d;
	if (r->tsv) {
		r->tsv = 0;
		parser_init(r);
	} else if (d == '\t')
		r->tsv = 1;
	else
		csv_set_delim(&r->p, (unsigned char)d);
}

/* The names of a comma-separated list, split as they are. */
static struct csv_record *
header_list(const char *s)
{
	struct csv_record *rec;
	char **names;
	size_t *lens, n = 1, i;
	const char *p, *q;

	for (p = s; *p != '\0'; p++)
		n += *p == ',';
	names = xcalloc(n, sizeof(char *));
	lens = xcalloc(n, sizeof(size_t));
	for (i = 0, p = s; i < n; i++, p = q + 1) {
		if ((q = strchr(p, ',')) == NULL)
			q = p + strlen(p);
		names[i] = (char *)(uintptr_t)p;
		lens[i] = (size_t)(q - p);
	}
	rec = record_copy(names, lens, n);
	free(names);
	free(lens);
	return rec;
}

/* The first record of a file that is not a blank line. */
static struct csv_record *
header_file(const char *path, char *why, size_t size)
{
	struct csv_reader *rd;
	struct csv_record *hdr, *rec = NULL;
	int rv;

	if (strcmp(path, "-") == 0) {
		snprintf(why, size, "standard input is the data: give the "
		    "header in a file or as a list");
		return NULL;
	}
	if ((rd = csv_reader_open(path, 0)) == NULL) {
		snprintf(why, size, "%s", strerror(errno));
		return NULL;
	}
	rv = csv_reader_header(rd, &hdr);
	if (rv == 0)
		snprintf(why, size, "no header line: the file is empty");
	else if (rv == -1)
		snprintf(why, size, "%s", csv_reader_error(rd));
	else if (hdr->err != NULL)
		snprintf(why, size, "line %lu: %s", hdr->line, hdr->err);
	else
		rec = record_copy(hdr->fields, hdr->lens, hdr->nfields);
	csv_reader_close(rd);
	return rec;
}

struct csv_record *
csv_header_given(const char *spec, char *why, size_t size)
{
	struct csv_record *rec;
	size_t i;

	rec = spec[0] == '@' ? header_file(spec + 1, why, size) :
	    header_list(spec);
	if (rec == NULL)
		return NULL;
	for (i = 0; i < rec->nfields; i++)
		if (rec->lens[i] > 0)
			return rec;
	snprintf(why, size, "no column names");
	csv_record_free(rec);
	return NULL;
}

void
csv_name_norm(char *dst, const char *src, size_t dstsize)
{
	size_t n = 0;
	unsigned char c;

	for (; *src != '\0' && n + 1 < dstsize; src++) {
		c = (unsigned char)*src;
		if (c >= 'A' && c <= 'Z')
			dst[n++] = (char)(c - 'A' + 'a');
		else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			dst[n++] = (char)c;
	}
	dst[n] = '\0';
}

int
csv_header_find(const struct csv_record *hdr, const char *name)
{
	char buf[256], norm[256];
	size_t i;

	csv_name_norm(norm, name, sizeof(norm));
	for (i = 0; i < hdr->nfields; i++) {
		csv_name_norm(buf, hdr->fields[i], sizeof(buf));
		if (strcmp(buf, norm) == 0)
			return (int)i;
	}
	return -1;
}
