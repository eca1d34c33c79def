/*
 * fuzz_agentmap: emp-ingest's agent map (-a FILE, alias,agent[,team])
 * over arbitrary bytes, through the public API: the bytes become the map
 * file of ingest_new(), and a map that loads is used on a small Five9
 * export whose agents are aliases.
 *
 * The loader ends the program (emp_die) on a bad map, as emp-ingest(1)
 * says.  So that one process can try many maps, this harness is linked
 * with -Wl,--wrap=exit,--wrap=malloc,... (FUZZ_LDFLAGS_fuzz_agentmap in
 * the Makefile): exit() inside ingest_new() jumps back here, the reader
 * left open is closed, and every block allocated since and not yet freed
 * is freed, so that neither the fuzzer nor LeakSanitizer sees a leak
 * that the real program (which ends there) does not have.
 */
#define _GNU_SOURCE
#include <sys/mman.h>

#include <fcntl.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ingest.h"
#include "memfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

void	__real_exit(int) __attribute__((noreturn));
void	__wrap_exit(int) __attribute__((noreturn));
void	*__real_malloc(size_t);
void	*__real_calloc(size_t, size_t);
void	*__real_realloc(void *, size_t);
void	__real_free(void *);
void	*__wrap_malloc(size_t);
void	*__wrap_calloc(size_t, size_t);
void	*__wrap_realloc(void *, size_t);
void	__wrap_free(void *);
struct csv_reader *__real_csv_reader_open(const char *, int);
struct csv_reader *__wrap_csv_reader_open(const char *, int);

static jmp_buf died;
static int zone;			/* inside ingest_new() */
static struct csv_reader *reader;	/* the map's, while open */

/* Blocks allocated inside the zone: an open-addressed set. */
#define LIVE_CAP	(1u << 15)
static void *live[LIVE_CAP];
static size_t nlive;
#define TOMB	((void *)1)

static size_t
slot(const void *p)
{
	return (size_t)(((uintptr_t)p >> 4) * 0x9E3779B97F4A7C15u) &
	    (LIVE_CAP - 1);
}

static void
live_add(void *p)
{
	size_t i;

	if (p == NULL)
		return;
	if (nlive >= LIVE_CAP / 2)
		abort();
	for (i = slot(p); live[i] != NULL && live[i] != TOMB;
	    i = (i + 1) & (LIVE_CAP - 1))
		;
	live[i] = p;
	nlive++;
}

static void
live_del(void *p)
{
	size_t i;

	if (p == NULL || nlive == 0)
		return;
	for (i = slot(p); live[i] != NULL; i = (i + 1) & (LIVE_CAP - 1)) {
		if (live[i] == p) {
			live[i] = TOMB;
			nlive--;
			return;
		}
	}
}

/* Empties the set, freeing its blocks when free_them. */
static void
live_clear(int free_them)
{
	size_t i;

	for (i = 0; i < LIVE_CAP; i++) {
		if (free_them && live[i] != NULL && live[i] != TOMB)
			__real_free(live[i]);
		live[i] = NULL;
	}
	nlive = 0;
}

void *
__wrap_malloc(size_t n)
{
	void *p = __real_malloc(n);

	if (zone)
		live_add(p);
	return p;
}

void *
__wrap_calloc(size_t n, size_t size)
{
	void *p = __real_calloc(n, size);

	if (zone)
		live_add(p);
	return p;
}

void *
__wrap_realloc(void *old, size_t n)
{
	void *p = __real_realloc(old, n);

	if (p != NULL)
		live_del(old);
	if (zone)
		live_add(p);
	return p;
}

void
__wrap_free(void *p)
{
	live_del(p);
	__real_free(p);
}

struct csv_reader *
__wrap_csv_reader_open(const char *path, int delim)
{
	struct csv_reader *r = __real_csv_reader_open(path, delim);

	if (zone)
		reader = r;
	return r;
}

void
__wrap_exit(int status)
{
	if (zone)
		longjmp(died, 1);
	__real_exit(status);
}

static const char five9[] =
    "CALL ID,TIMESTAMP,AGENT,TALK TIME,HOLD TIME,AFTER CALL WORK TIME\n"
    "1,\"Mon, 02 Mar 2026 08:00:56\",ana@x,00:07:18,00:00:00,00:02:30\n"
    "2,\"Mon, 02 Mar 2026 08:11:12\",b,00:04:49,00:00:00,00:01:47\n"
    "3,\"Mon, 02 Mar 2026 08:12:12\",,00:04:49,00:00:00,00:01:47\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int devnull = -1, efd = -1;
	static char epath[64];
	struct ingest_opts o;
	struct csv_writer w, rej;
	struct ingest *volatile g = NULL;
	char path[64];
	int fd;

	if (devnull == -1 && (devnull = open("/dev/null", O_WRONLY)) == -1)
		abort();
	if (efd == -1)
		efd = memfile(five9, sizeof(five9) - 1, epath, sizeof(epath));
	memset(&o, 0, sizeof(o));
	o.maxwarn = 0;
	if ((o.conv.tz = tz_init(NULL)) == NULL)
		abort();
	fd = memfile(data, size, path, sizeof(path));
	o.agent_map = path;
	csv_writer_init(&w, devnull, "null", ',', 0);
	csv_writer_init(&rej, devnull, "null", ',', 0);

	reader = NULL;
	if (setjmp(died) == 0) {
		zone = 1;
		g = ingest_new(&o, &w, &rej);
		zone = 0;
		live_clear(0);		/* g owns them */
	} else {
		/* the map was refused: what the program would exit with */
		zone = 0;
		if (reader != NULL)
			csv_reader_close(reader);
		live_clear(1);
	}
	reader = NULL;
	if (g != NULL) {
		(void)ingest_file(g, epath);
		ingest_finish(g);
		ingest_free(g);
	}
	csv_writer_flush(&w);
	csv_writer_flush(&rej);
	free(w.buf);
	free(rej.buf);
	sb_free(&w.enc);
	sb_free(&rej.enc);
	close(fd);
	tz_free(o.conv.tz);
	return 0;
}
