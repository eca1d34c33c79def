/*
 * csvio.h: reading and writing CSV and TSV, plain or gzip.
 *
 * Reading.  csv_reader_open() opens a file ("-" is standard input); gzip is
 * recognised by content (zlib reads plain input unchanged), a UTF-8 BOM is
 * dropped, and the delimiter is taken from the first line unless forced:
 * the most frequent of ',' ';' and tab outside quotes, ',' when none occurs.
 * Tab means TSV (IANA: no quoting; \t \n \r \\ escapes), read without libcsv.
 * CSV goes through libcsv set up as RFC 4180 demands: strict quotes, no
 * space trimming, CRLF, LF or CR line ends.  A whole line without any
 * quote, CR (but a final CRLF's) or NUL is split on the delimiter directly,
 * which is what libcsv would make of it; fuzz_csv checks the two agree.
 *
 * csv_reader_next() returns 1 and a record, 0 at the end, -1 on an I/O,
 * gzip or libcsv error (csv_reader_error() says what, with the file name).  The
 * record and its fields belong to the reader and stay valid until the next
 * call.  Every record carries the line it starts on, also after quoted
 * newlines.  A record whose quoting is broken comes back with err set and
 * its raw line as its one field; reading goes on at the next line.  A blank
 * line is a record of one empty field with blank set.  Every field of a
 * record that is not broken is handed out unmarked (csv_text_unmark(),
 * below): one leading quote of a field that starts with a quote followed
 * by = + - @ tab CR or a quote is dropped.
 *
 * Bounded memory.  A record (its bytes from the first to the last, line
 * ends inside quotes counted, its own line end not) may be at most
 * csv_max_record() bytes long.  A longer one comes back as one empty
 * field with err "record longer than N bytes" and its first line, as
 * soon as the limit is passed; the rest of it, to a line end outside
 * quotes, is read and dropped, and reading goes on after it.  Whatever
 * the input (one endless line, /dev/zero), a reader holds a few times the
 * limit at most, and a batch is cut at a few MiB of fields.
 *
 * Writing.  A csv_writer buffers output for one fd (optionally through
 * gzip), quotes a CSV field only when it holds the delimiter, a quote, CR,
 * LF or leading or trailing space, escapes TSV fields, and marks text a
 * spreadsheet would evaluate (below).  A write error
 * ends the program (status 1, "prog: NAME: strerror"), a closed pipe ends it
 * quietly; csv_writer_close() checks the final flush and close.
 *
 * Spreadsheet safety (emp(7), "Spreadsheet safety").  A field that starts
 * with = + - @ tab or CR and is not a number (csv_is_number()) is written
 * with a quote before it, as OWASP's "CSV injection" advice has it, so
 * that a spreadsheet shows it as text; so is a field that starts with a
 * quote followed by one of those or by a quote, so that the reader's
 * csv_text_unmark() gives back exactly the value written: emp reading
 * emp's output is lossless.  csv_writer_field() and csv_encode_into() mark;
 * csv_encode_field() and csv_encode_record() never do (the ledger's
 * signed bytes, a rejected line's raw text).  csv_set_raw_text(1)
 * (--raw-text, EMP_RAW_TEXT=1) turns marking off for the whole process.
 */
#ifndef CSVIO_H
#define CSVIO_H

#include <stddef.h>
#include <stdint.h>

#include "emp.h"

struct csv_record {
	char		**fields;	/* NUL-terminated */
	size_t		 *lens;
	size_t		  nfields;
	unsigned long	  line;		/* first line of the record */
	int		  blank;	/* an empty line */
	int		  plain;	/* no field holds a quote, CR, LF or NUL */
	const char	 *err;		/* malformed record: why */
};

struct csv_reader;

/* NULL with errno set when the file cannot be opened.  delim: 0 to detect,
 * else ',' ';' or '\t'.  name is what messages and src call the file
 * ("stdin" for "-"). */
struct csv_reader *csv_reader_open(const char *path, int delim);
/* The same over an open fd, which the reader then owns. */
struct csv_reader *csv_reader_fdopen(int fd, const char *name, int delim);
int	csv_reader_next(struct csv_reader *, struct csv_record **);
/* The first record that is not a blank line: csv_reader_next()'s values. */
int	csv_reader_header(struct csv_reader *, struct csv_record **);
/*
 * A table opened: the file and its header.  NULL when either cannot be
 * had, with a message unless quiet: the file's error, "NAME: empty
 * input: no header" or "NAME:LINE: header: WHY".
 */
struct csv_reader *csv_open_table(const char *path, int delim,
	    struct csv_record **hdr, int quiet);
/*
 * Headerless input (Hadoop Streaming's and Spark's splits, split(1)'s
 * parts): a header given instead of read.  csv_reader_set_header() gives
 * a reader just opened the header hdr (copied): csv_reader_header() then
 * hands that out (line 0) without reading, and every line of the input
 * is data, numbered as the file's own lines (the first is line 1), but
 * a record that repeats the given header field for field (a file's first
 * split, which has its header line), which comes back as a blank line.
 * The delimiter is still that of the input's first line.  csv_open_table_as()
 * is csv_open_table() with given as the header (NULL: read, as there).
 */
void	csv_reader_set_header(struct csv_reader *, const struct csv_record *);
struct csv_reader *csv_open_table_as(const char *path, int delim,
	    const struct csv_record *given, struct csv_record **hdr,
	    int quiet);
/*
 * A header as an option gives it (emp-score --header): spec is LIST, the
 * column names separated by commas (as they are: no quoting, no spaces
 * trimmed), or @FILE, the first record of FILE that is not a blank line
 * (any delimiter, gzip or not; "head -1 events.csv > cols" makes one).
 * Returns a record the caller owns (csv_record_free()), or NULL with the
 * reason in why, to follow the spec in a message: "No such file or
 * directory", "no header line: the file is empty", "line 1: WHY" (broken
 * quoting), "no column names" (an empty list, or only commas), "standard
 * input is the data: ..." (@-).
 */
struct csv_record *csv_header_given(const char *spec, char *why,
	    size_t size);
void	csv_record_free(struct csv_record *);
/*
 * Batches, for reading in one thread and using in another: up to want
 * (more or fewer) records at a time, handed over without copying.  Returns
 * the number of records, 0 at the end, -1 on error.  The records are the
 * batch's until its next use; csv_batch_record() returns record i (valid
 * until the next call).
 */
struct csv_batch;
struct csv_batch *csv_batch_new(void);
int	csv_reader_next_batch(struct csv_reader *, struct csv_batch *,
	    size_t want);
/*
 * Chunks, for splitting records on several threads (feeder_run_ordered()):
 * csv_reader_next_chunk() is csv_reader_next_batch() but that, where it
 * can, it hands out whole lines unsplit (csv_batch_is_chunk(); the count
 * returned is their lines).  Any thread then makes them the batch
 * csv_reader_next_batch() would have made with csv_batch_split() and a
 * splitter of its own (csv_splitter_new(), after the header is read),
 * and the committing thread, in order, gives the batch back to the
 * reader's row count with csv_reader_chunk_done().
 */
int	csv_reader_next_chunk(struct csv_reader *, struct csv_batch *,
	    size_t want);
int	csv_batch_is_chunk(const struct csv_batch *);
struct csv_reader *csv_splitter_new(const struct csv_reader *);
size_t	csv_batch_split(struct csv_reader *splitter, struct csv_batch *);
void	csv_reader_chunk_done(struct csv_reader *, const struct csv_batch *);
void	csv_splitter_free(struct csv_reader *);
/* Chunks of at most max bytes (0: as the read buffer holds), for tests. */
void	csv_reader_set_chunk(struct csv_reader *, size_t max);
/*
 * Record i of a batch seen without making its pointers (a reader that
 * looks at some of many fields): csv_view_ptr() and csv_view_len() give
 * field k (< nfields), not NUL-terminated (a line split in place keeps
 * its delimiters until csv_batch_record() is asked for it).  Valid until
 * the batch's next csv_batch_record() or csv_batch_view().
 */
struct csv_view {
	const struct csv_record *rec;	/* NULL: a line split in place */
	const char	*base;		/* that line */
	const uint16_t	*cut;		/* its field ends */
	size_t		 nfields;
	unsigned long	 line;
	int		 blank;
	const char	*err;
};
void	csv_batch_view(struct csv_batch *, size_t i, struct csv_view *);

static inline const char *
csv_view_ptr(const struct csv_view *v, size_t k)
{
	if (v->rec != NULL)
		return v->rec->fields[k];
	return v->base + (k == 0 ? 0 : (size_t)v->cut[k - 1] + 1);
}

static inline size_t
csv_view_len(const struct csv_view *v, size_t k)
{
	if (v->rec != NULL)
		return v->rec->lens[k];
	return (size_t)v->cut[k] - (k == 0 ? 0 : (size_t)v->cut[k - 1] + 1);
}

size_t	csv_batch_count(const struct csv_batch *);
struct csv_record *csv_batch_record(struct csv_batch *, size_t i);
void	csv_batch_free(struct csv_batch *);

const char *csv_reader_name(const struct csv_reader *);
const char *csv_reader_error(const struct csv_reader *);
int	csv_reader_delim(const struct csv_reader *);	/* ',' ';' '\t' */
int	csv_reader_is_gzip(const struct csv_reader *);
/*
 * Offsets of the first max delimiters in s[0..n) (n < 65536) into cut;
 * returns their number, or (size_t)-1 when s holds a quote, a CR or a NUL
 * (then it is no plain line: libcsv's business).
 */
size_t	csv_split_plain(const char *s, size_t n, int delim, uint16_t *cut,
	    size_t max);
/*
 * Lines are split with AVX-512 (VBMI2) where the CPU has it, unless
 * $EMP_SIMD is 0 when the first line is split; for tests, on = 0 turns
 * it off, on = 1 on where the CPU has it.  Returns whether it is on.
 */
int	csv_set_simd(int on);
/*
 * Whether a record can be a row of a table whose header has nhdr fields:
 * -1 with the reason in why when its quoting is broken, its field count is
 * another, or a field holds a NUL byte ("field 'NAME': NUL byte", with
 * names the header's, or "field 3: ..." without); else 0.
 */
int	csv_record_check(const struct csv_record *, size_t nhdr,
	    char *const *names, char *why, size_t size);
/*
 * The record length limit of readers opened from now on: $EMP_MAX_RECORD
 * (bytes, or with a K, M or G suffix for KiB, MiB, GiB; from 1 to
 * CSV_MAX_RECORD_MAX), read at the first call (an invalid value is a
 * usage error, status 2), else CSV_MAX_RECORD_DEFAULT (1 MiB).
 * csv_set_max_record() overrides it (an option could).
 */
#define CSV_MAX_RECORD_DEFAULT	(1024 * 1024)
#define CSV_MAX_RECORD_MAX	(1024 * 1024 * 1024)
size_t	csv_max_record(void);
/* A size as --max-record and EMP_MAX_RECORD take it: bytes, or with a K,
 * M or G suffix, from 1 to CSV_MAX_RECORD_MAX; 0, or -1 when it is not
 * one. */
int	csv_parse_size(const char *, size_t *);
void	csv_set_max_record(size_t);
/* For tests: 0 sends every line through libcsv. */
void	csv_reader_set_fast(struct csv_reader *, int);
void	csv_reader_close(struct csv_reader *);

/* Appends a record re-encoded in delimiter delim (TSV when '\t'),
 * unmarked. */
void	csv_encode_record(struct strbuf *, char *const *fields,
	    const size_t *lens, size_t n, int delim);
/* Appends one field, quoted or escaped as delimiter delim requires, as
 * it is (no mark: the ledger's encoding, emp-ledger(5)). */
void	csv_encode_field(struct strbuf *, const char *, size_t, int delim);
/* The writer's encoding of a field, marked when csv_text_mark() says
 * so, into dst, which has room for CSV_ENCODED_MAX(n) bytes; returns the
 * length written. */
#define CSV_ENCODED_MAX(n)	(2 * (n) + 3)
size_t	csv_encode_into(char *dst, const char *, size_t, int delim);

/* Spreadsheet safety (above).  Whether s[0..n) is a plain decimal number:
 * an optional sign, digits with an optional point (at least one digit),
 * an optional exponent (e or E, optional sign, digits): "-0.5", "+2",
 * "-1e3", "-.5"; not "-", "-inf", "1,5" or "-2+3". */
int	csv_is_number(const char *, size_t);
/* 1 when the writer puts a quote before s[0..n): it starts with
 * = + - @ tab or CR and is no number, or with a quote followed by one of
 * those or by a quote; always 0 under raw text. */
int	csv_text_mark(const char *, size_t);
/* Drops the mark from *s: when it starts with a quote followed by
 * = + - @ tab CR or a quote, *s and *n lose that first quote and 1 is
 * returned; else 0.  Raw text or not: emp's readers always unmark. */
int	csv_text_unmark(const char **s, size_t *n);
/* Raw text on or off (default off: marked); and whether it is on. */
void	csv_set_raw_text(int);
int	csv_raw_text(void);

/* Header look-up: names compare after dropping case and everything but
 * letters and digits ("Agent.Username" == "agent_username"). */
void	csv_name_norm(char *dst, const char *src, size_t dstsize);
/* Index of the first field whose name is name, compared normalised (name
 * may be normalised already), or -1. */
int	csv_header_find(const struct csv_record *hdr, const char *name);

struct csv_writer {
	int		 fd;
	void		*gz;		/* gzFile when compressing */
	int		 gzfd;		/* its descriptor, a dup of fd */
	int		 delim;
	const char	*name;
	char		*buf;
	size_t		 len;
	size_t		 cap;
	int		 nf;		/* fields in the current row */
	int		 sync;		/* fsync before close */
	uint64_t	 rows;
	struct strbuf	 enc;		/* scratch for quoting */
};

/* flags for csv_writer_open */
#define CSVW_GZIP	1

void	csv_writer_init(struct csv_writer *, int fd, const char *name,
	    int delim, int flags);
void	csv_writer_field(struct csv_writer *, const char *, size_t);
/* The same for a string, and for an integer in decimal. */
void	csv_writer_str(struct csv_writer *, const char *);
void	csv_writer_int(struct csv_writer *, int64_t);
void	csv_writer_endrow(struct csv_writer *);
/* Room for n bytes in the buffer, to be filled and then committed. */
char	*csv_writer_reserve(struct csv_writer *, size_t n);
void	csv_writer_commit(struct csv_writer *, size_t used);
/* Raw bytes, already encoded. */
void	csv_writer_raw(struct csv_writer *, const void *, size_t);
void	csv_writer_flush(struct csv_writer *);
/* Flushes, finishes gzip, closes the fd (not fds 0-2: those are only
 * flushed and checked); 0 or -1 with a message already printed. */
int	csv_writer_close(struct csv_writer *);

/*
 * Output behind -o: to stdout, or to a temporary file beside path that
 * output_commit() renames into place (and emp_die() removes).  The rename
 * replaces the name given: a symbolic link there becomes the new file and
 * what it pointed at is left as it was.  The new file keeps the
 * permission bits of the file path named before (and its group where the
 * user may set it; else the group gets no rights), a new one gets 0666
 * less the umask.  A path that is not a regular file (a device, a fifo)
 * is written as it is, and so is the file that standard output or error
 * already is (-o /dev/stdout), through a copy of that descriptor.
 * Whether path is one of the inputs is the caller's to check first
 * (cli_check_output()).
 */
struct output {
	struct csv_writer w;
	char		*path;		/* final name, or NULL for stdout */
	char		*tmp;
};
void	output_open(struct output *, const char *path, int delim, int flags);
/* Closes and renames; 0 or -1 (message printed, temp file removed). */
int	output_commit(struct output *);
/* Gives the output up after a failure, unflushed: a file's temporary
 * copy is removed and the file left as it was; standard output or a
 * device gets nothing more (not even a gzip stream's end). */
void	output_abort(struct output *);

#endif
