/*
 * gen-sample: write a deterministic synthetic call center into a directory,
 * in the real vendor export formats, for emp's demo, tests and benchmarks.
 *
 *	gen-sample [--rows N] [--seed S] [--only NAME]... DIR
 *
 * Determinism.  The same arguments give byte-identical files.  The only
 * randomness is splitmix64, seeded per file and per row: a contact record
 * of amazon-connect.csv is a pure function of (seed, rows, row slot), so
 * qa.csv and decisions.csv can cite real ContactIds (and their agents) by
 * regenerating single records, while amazon-connect.csv itself is
 * streamed in constant memory.  Floating point is limited to + - * / (no
 * libm), no rand(), no clock, no locale.
 *
 * The call center.  48 agents in 6 teams of 8, weekdays of the 9 weeks
 * from Monday 2026-01-05 (to Friday 2026-03-06).  The agents, their
 * aliases and the roster do not depend on --seed; the activity does.
 * Each agent is known as ana.silva (Amazon Connect, QA sheet, pulse,
 * roster, decisions), ana.silva@example.com (Genesys, Five9), 3600001234NN
 * (Zendesk) and "Ana Silva" (Talkdesk); agent-map.csv maps them all.
 * Agents who clearly differ:
 *	chloe.dubois (Billing), samir.khan (Tech)	stars: high CSAT, QA
 *		and FCR, few transfers, mid AHT, quick decisions
 *	liam.obrien (Returns), lena.schmidt (Loyalty)	struggling: low QA,
 *		many transfers, long ACW, ask approval often
 *	carlos.mendes (Sales)				fast but bad: very
 *		short AHT, low CSAT and FCR, high volume
 *	hugo.lindqvist (Billing, hired 2026-02-16),
 *	tomas.ortega (Orders, hired 2026-02-18)		new hires, few contacts
 *	olivia.novak (Returns, exit 2026-01-30),
 *	emeka.obi (Sales, exit 2026-02-13)		leave mid-period
 *
 * Authority over time.  The roster (the HR export) holds a row per agent
 * effective from the hire date, then dated rows: every agent of Loyalty
 * promoted one level (to the new level's first limit) on Monday
 * 2026-02-02, the start of week 5, and three raises within a level
 * (chloe.dubois 2026-01-19, samir.khan 2026-02-18, wendy.chen
 * 2026-02-23).  decisions.csv's approvals follow the limit of the day.
 * From 2026-02-02 every agent's chance of a top-two rating (CSAT) and of
 * resolving on first contact drifts up by 0.03, and the promoted agents'
 * top-two chance rises by 0.08 more (their FCR does not): an effect that
 * only a comparison with the unchanged agents separates from the drift.
 * decisions.csv says whether each decision was reversed (about 4%, more
 * for larger amounts) and what a reversed one cost; coaching.csv holds
 * 20 coaching sessions by the team leads (lead.billing, ...), with the
 * metric each was on.  The roster's history and the coaching sessions do
 * not depend on --seed.
 *
 * Graders.  qa.csv's Evaluator is one of four reviewers, picked alike, so
 * that every agent is graded by several; paul.dupont grades 10 points
 * below the other three (-7.5 against +2.5 each, so the agents' mean QA
 * is unchanged).  A calibration round follows the evaluations: 8
 * handled contacts, each graded blind by three reviewers (every third by
 * two) a week after the call, the same call's quality plus each
 * reviewer's bias and a little disagreement (QA-00351 on at the default
 * size).
 *
 * Customers and surveys.  amazon-connect.csv names the caller of each
 * voice contact (CustomerEndpoint.Address, +1555 and 7 digits; a chat
 * has none): about a fifth of the contacts are a caller calling back
 * within a few days, more often after a contact left unresolved, so that
 * first-contact resolution differs between agents (customer_of()).
 * qualtrics.csv is a post-contact NPS survey of Amazon Connect contacts,
 * in Qualtrics' export layout, its scores following the agent's chance
 * of a good rating (gen_qualtrics()).
 *
 * Real-world quirks that are not errors: amazon-connect.csv has ~1%
 * duplicate deliveries (same ContactId, later LastUpdateTimestamp, some
 * with a changed ACW; about a third written before the original, the
 * others later on the same day) and ~2% abandoned contacts (no agent);
 * five9.csv has CRLF line ends, quoted TIMESTAMPs and [None] agents;
 * qa.csv is ';'-delimited with a UTF-8 BOM, CRLF and decimal-comma scores;
 * zendesk.csv comments hold commas, quotes and newlines; talkdesk.csv and
 * five9.csv carry UTF-8 names.
 *
 * Messy rows planted on purpose (the same lines for every seed and --rows;
 * none in amazon-connect.csv, so benchmarks run clean; qualtrics.csv has
 * unfinished responses, which are not errors):
 *	five9.csv:42		TALK TIME is 12:xx
 *	five9.csv:402		blank trailing line (CRLF)
 *	genesys.csv:373		conversationStart and End on 2026-02-30
 *	talkdesk.csv:122	csat_score 9
 *	decisions.csv:202	ragged row: the Contact ID field is missing
 */

#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAGENTS		48
#define NTEAMS		6
#define NWEEKS		9
#define NWORKDAYS	(NWEEKS * 5)
#define DAYSECS		86400
#define BIZ_OPEN	(8 * 3600)		/* 08:00 UTC */
#define BIZ_SECS	(10 * 3600)		/* to 18:00 UTC */
#define BIZ_TOTAL	((uint64_t)NWORKDAYS * BIZ_SECS)
#define OUTBUF		(1 << 20)
#define MAXPEND		64

#define DEF_ROWS	2500
#define MAX_ROWS	10000000000ULL
/*
 * The other exports' rows at the default --rows; more rows scale them by
 * the whole multiple of the default (QA at most twice: a centre evaluates
 * one or two contacts per agent a week), so that a bigger centre has as
 * many surveys and decisions per contact.
 */
static uint64_t N_GENESYS = 500, N_ZENDESK = 600, N_FIVE9 = 400,
    N_TALKDESK = 300, N_QA = 350, N_DECISIONS = 400, N_QUALTRICS = 300;

static void
scale_exports(uint64_t rows)
{
	uint64_t k = rows / DEF_ROWS;

	if (k <= 1)
		return;
	N_GENESYS *= k;
	N_ZENDESK *= k;
	N_FIVE9 *= k;
	N_TALKDESK *= k;
	N_QUALTRICS *= k;
	N_QA *= k < 2 ? k : 2;
	N_DECISIONS *= k;
}

/* Messy rows, as record indexes (line = index + 2). */
#define MESSY_FIVE9_DUR		40
#define MESSY_GENESYS_DATE	371
#define MESSY_TALKDESK_CSAT	120
#define MESSY_DECISION_RAGGED	200

/* Per-file PRNG streams. */
enum {
	S_AGENTS = 1, S_CONTACT, S_CID, S_DUP, S_DUPDATA, S_GENESYS,
	S_ZENDESK, S_FIVE9, S_TALKDESK, S_QA, S_PULSE, S_DECISIONS,
	S_QA_EVAL, S_QA_CAL, S_CUST, S_QUALTRICS
};

enum kind { NORMAL, STAR, STRUGGLING, FASTBAD, NEWHIRE, LEAVER };

enum method { INBOUND, OUTBOUND, TRANSFER, CALLBACK, API };

struct rng {
	uint64_t	s;
};

/* What an agent is like; see profiles[]. */
struct profile {
	double	vol;		/* share of contacts, relative */
	double	talk;		/* mean voice talk seconds */
	double	hold_p;		/* chance of a hold */
	double	hold;		/* mean hold seconds */
	double	acw;		/* mean after-contact work seconds */
	double	res;		/* chance resolved on first contact */
	double	xfer;		/* chance transferred (escalated) */
	double	good;		/* chance of a good customer rating */
	double	qa;		/* mean QA score */
	double	conf;		/* mean pulse confidence */
	double	esat;		/* mean pulse satisfaction */
	double	dec_s;		/* mean seconds to decide */
	double	ask;		/* chance of asking approval under the limit */
};

struct agent {
	const char	*user;
	const char	*name;
	char		 email[64];
	uint64_t	 numid;
	int		 team;
	enum kind	 kind;
	int64_t		 hired;		/* days since the epoch */
	int64_t		 left;		/* last day, or 0 */
	int		 level;
	struct profile	 p;
	int64_t		 changed;	/* day of the dated row, or 0 */
	int		 chwd;		/* its workday; NWORKDAYS: none */
	int		 level2, limit2;	/* level and limit from then */
	double		 csat_up;	/* top-two chance added then */
	double		 res[2];	/* p.res before, from SHIFT_WD */
};

struct contact {
	uint64_t	 slot;
	uint64_t	 id[2];
	uint64_t	 init_id[2];
	uint64_t	 init_slot;	/* of init_id, when has_init */
	int		 has_init;
	int		 chat;
	enum method	 method;
	int		 queue;
	int		 agent;		/* -1: abandoned */
	int		 wd;		/* workday index */
	int64_t		 start, connected, end, update, xfer;
	unsigned	 qwait, talk, hold, acw, holds;
	char		 resolved;	/* 'Y', 'N', or 0 for empty */
};

static const char *const teams[NTEAMS] = {
	"Billing", "Returns", "Tech", "Sales", "Loyalty", "Orders"
};

static const char *const queues[NTEAMS] = {
	"Billing", "Returns", "Tech Support", "Sales", "Loyalty", "Orders"
};

static const char *const campaigns[NTEAMS] = {
	"Inbound Billing", "Inbound Returns", "Inbound Tech",
	"Inbound Sales", "Inbound Loyalty", "Inbound Orders"
};

/* Five9 outbound campaigns, run by Sales and Loyalty. */
static const char *const outcampaigns[NTEAMS] = {
	NULL, NULL, NULL, "Outbound Renewals", "Outbound Winback", NULL
};

static const char *const methods[] = {
	"INBOUND", "OUTBOUND", "TRANSFER", "CALLBACK", "API"
};

static const int limits[] = { 0, 25, 50, 200, 500 };

/* Index / 8 is the team.  UTF-8 written as bytes, to stay byte-exact. */
static const struct {
	const char	*user;
	const char	*name;
} names[NAGENTS] = {
	{ "ana.silva", "Ana Silva" },
	{ "ben.carter", "Ben Carter" },
	{ "chloe.dubois", "Chloe Dubois" },
	{ "david.okafor", "David Okafor" },
	{ "elena.rossi", "Elena Rossi" },
	{ "farid.haddad", "Farid Haddad" },
	{ "grace.kim", "Grace Kim" },
	{ "hugo.lindqvist", "Hugo Lindqvist" },
	{ "isabel.moreno", "Isabel Moreno" },
	{ "jamal.wright", "Jamal Wright" },
	{ "keiko.tanaka", "Keiko Tanaka" },
	{ "liam.obrien", "Liam O'Brien" },
	{ "maya.patel", "Maya Patel" },
	{ "noah.fischer", "Noah Fischer" },
	{ "olivia.novak", "Olivia Novak" },
	{ "pedro.alves", "Pedro Alves" },
	{ "quinn.harper", "Quinn Harper" },
	{ "rosa.jimenez", "Rosa Jim" "\xc3\xa9" "nez" },
	{ "samir.khan", "Samir Khan" },
	{ "tara.walsh", "Tara Walsh" },
	{ "umar.bello", "Umar Bello" },
	{ "vera.ivanova", "Vera Ivanova" },
	{ "wei.zhang", "Wei Zhang" },
	{ "ximena.cruz", "Ximena Cruz" },
	{ "yusuf.demir", "Yusuf Demir" },
	{ "zoe.martin", "Zoe Martin" },
	{ "aaron.cohen", "Aaron Cohen" },
	{ "bianca.costa", "Bianca Costa" },
	{ "carlos.mendes", "Carlos Mendes" },
	{ "dana.levy", "Dana Levy" },
	{ "emeka.obi", "Emeka Obi" },
	{ "fiona.byrne", "Fiona Byrne" },
	{ "gabriel.lefevre", "Gabriel Lef" "\xc3\xa8" "vre" },
	{ "hana.sato", "Hana Sato" },
	{ "ivan.petrov", "Ivan Petrov" },
	{ "julia.nowak", "Julia Nowak" },
	{ "kofi.mensah", "Kofi Mensah" },
	{ "lena.schmidt", "Lena Schmidt" },
	{ "marco.bianchi", "Marco Bianchi" },
	{ "nadia.rahman", "Nadia Rahman" },
	{ "oscar.lund", "Oscar Lund" },
	{ "priya.nair", "Priya Nair" },
	{ "rafael.souza", "Rafael Souza" },
	{ "sofia.greco", "Sofia Greco" },
	{ "tomas.ortega", "Tom" "\xc3\xa1" "s Ortega" },
	{ "uma.iyer", "Uma Iyer" },
	{ "victor.blanc", "Victor Blanc" },
	{ "wendy.chen", "Wendy Chen" },
};

static const struct special {
	int		idx;
	enum kind	kind;
	int		hy, hm, hd;	/* hire date */
	int		ey, em, ed;	/* exit date, or 0 */
	int		level;
} specials[] = {
	{  2, STAR,       2024,  9, 16,    0, 0,  0, 3 },
	{ 18, STAR,       2024,  6,  3,    0, 0,  0, 3 },
	{ 11, STRUGGLING, 2025,  4,  7,    0, 0,  0, 2 },
	{ 37, STRUGGLING, 2025,  3, 10,    0, 0,  0, 2 },
	{ 28, FASTBAD,    2025,  2,  3,    0, 0,  0, 2 },
	{  7, NEWHIRE,    2026,  2, 16,    0, 0,  0, 1 },
	{ 44, NEWHIRE,    2026,  2, 18,    0, 0,  0, 1 },
	{ 14, LEAVER,     2024, 11,  4, 2026, 1, 30, 2 },
	{ 30, LEAVER,     2025,  5, 12, 2026, 2, 13, 2 },
};

/*
 * The roster's history, seed-independent: on Monday 2026-02-02 (week 5,
 * workday SHIFT_WD) every agent of PROMO_TEAM is promoted one level, to
 * the new level's first limit, and their customers' top-two share rises
 * by PROMO_CSAT from then on (their FCR does not move); from the same day
 * every agent's top-two share and first-contact resolution drift up by
 * DRIFT, so that only a comparison with the unchanged agents tells the
 * effect.  A few agents get a raise within their level on other days
 * (one of them a Wednesday), with no effect on their activity.
 */
#define PROMO_TEAM	4		/* Loyalty */
#define SHIFT_WD	20
#define PROMO_CSAT	0.08
#define DRIFT		0.03

static const struct raise {
	int	idx;
	int	y, m, d;
	int	limit;
} raises[] = {
	{  2, 2026, 1, 19, 300 },	/* chloe.dubois, level 3 */
	{ 18, 2026, 2, 18, 300 },	/* samir.khan, level 3 */
	{ 47, 2026, 2, 23, 100 },	/* wendy.chen, level 2 */
};

static const struct profile profiles[] = {
	/*vol  talk hold_p hold acw  res  xfer good  qa conf esat dec_s ask */
	[NORMAL] =
	{ 1.00, 300, .25,  70,  50, .72, .08, .86, 84, 3.7, 3.6,  75, .08 },
	[STAR] =
	{ 1.05, 320, .15,  50,  40, .92, .02, .97, 95, 4.6, 4.4,  40, .03 },
	[STRUGGLING] =
	{ 0.85, 430, .45, 110, 150, .50, .28, .62, 64, 2.4, 2.5, 190, .35 },
	[FASTBAD] =
	{ 1.60, 110, .05,  30,  12, .42, .10, .55, 70, 4.2, 3.2,  18, .02 },
	[NEWHIRE] =
	{ 0.35, 420, .35,  90,  90, .62, .14, .82, 76, 2.9, 4.0, 150, .25 },
	[LEAVER] =
	{ 0.90, 310, .25,  70,  60, .68, .09, .80, 81, 3.0, 2.3,  80, .08 },
};

static const char *const evaluators[] = {
	"marta.kowalski", "jonas.berg", "ines.ferreira", "paul.dupont"
};

/*
 * Each evaluator's bias in QA points: paul.dupont grades 10 points below
 * the others; the biases average to 0 over the evaluators, who are
 * picked alike, so that the agents' mean QA is what their profile says.
 */
static const double evaluator_bias[] = { 2.5, 2.5, 2.5, -7.5 };
#define NEVALUATORS	(sizeof(evaluators) / sizeof(evaluators[0]))

/* The calibration round: contacts that three (or two) evaluators grade. */
#define N_QA_CAL	8

static const char *const wdays[] = {
	"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"
};

static const char *const months[] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun",
	"Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};

static const char hexd[] = "0123456789abcdef";

static const char	*progname = "gen-sample";
static const char	*outdir;
static uint64_t		 seed = 1;
static uint64_t		 nrows = DEF_ROWS;
static uint64_t		 nslots;	/* contacts in amazon-connect.csv */
static int64_t		 day0;		/* 2026-01-05, days since the epoch */
static struct agent	 agents[NAGENTS];
static double		 cumw[NWORKDAYS][NAGENTS];

static struct {
	FILE	*fp;
	char	 path[4096];
	char	 delim;
	int	 crlf;
	size_t	 len;
	char	 buf[OUTBUF];
} out;

static _Noreturn void
die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* splitmix64: one 64-bit state, good enough and fast. */
static uint64_t
mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint64_t
rng_next(struct rng *r)
{
	r->s += 0x9e3779b97f4a7c15ULL;
	return mix64(r->s);
}

/* A generator for row k of stream tag: rows regenerate independently. */
static void
rng_at(struct rng *r, uint64_t tag, uint64_t k)
{
	r->s = mix64(mix64(seed ^ mix64(tag)) ^
	    mix64(k + 0x632be59bd9b4e019ULL));
}

static double
rng_unit(struct rng *r)
{
	return (double)(rng_next(r) >> 11) / 9007199254740992.0;
}

static uint64_t
rng_below(struct rng *r, uint64_t n)
{
	return n ? rng_next(r) % n : 0;
}

static int
rng_chance(struct rng *r, double p)
{
	return rng_unit(r) < p;
}

/* About N(0,1): Irwin-Hall of 4, scaled; no libm needed. */
static double
rng_normal(struct rng *r)
{
	double s;

	s = rng_unit(r);
	s += rng_unit(r);
	s += rng_unit(r);
	s += rng_unit(r);
	return (s - 2.0) * 1.7320508075688772;
}

/* A duration around mean, with a right tail, at least min seconds. */
static unsigned
dur(struct rng *r, double mean, unsigned min)
{
	double x;

	x = mean * (1.0 + 0.35 * rng_normal(r));
	if (rng_chance(r, 0.06))
		x *= 1.5 + 2.0 * rng_unit(r);
	if (x < min)
		x = min + rng_unit(r) * min;
	return (unsigned)(x + 0.5);
}

/* Round to an integer and clamp to lo..hi. */
static int
clampi(double x, int lo, int hi)
{
	if (x < lo)
		return lo;
	if (x > hi)
		return hi;
	return (int)(x + 0.5);
}

static const char *
pick(struct rng *r, const char *const *v, size_t n)
{
	return v[rng_below(r, n)];
}

#define PICK(r, v)	pick((r), (v), sizeof(v) / sizeof((v)[0]))

/* Howard Hinnant's civil calendar algorithms, proleptic Gregorian. */
static int64_t
days_from_civil(int y, int m, int d)
{
	int64_t era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(int64_t z, int *y, int *m, int *d)
{
	int64_t era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 0 Sunday .. 6 Saturday */
static int
weekday(int64_t day)
{
	return (int)(((day + 4) % 7 + 7) % 7);
}

/* Epoch day of workday index wd (0 = Monday 2026-01-05). */
static int64_t
workday(int wd)
{
	return day0 + wd / 5 * 7 + wd % 5;
}

/*
 * Business second of row i of n, spread evenly over the period with
 * jitter, so each file comes out in time order.
 */
static uint64_t
spread(uint64_t i, uint64_t n, struct rng *r)
{
	uint64_t b, step;

	step = BIZ_TOTAL / n;
	b = i * BIZ_TOTAL / n;
	if (step > 1)
		b += rng_below(r, step);
	return b < BIZ_TOTAL ? b : BIZ_TOTAL - 1;
}

static int64_t
biz_time(uint64_t b)
{
	return workday((int)(b / BIZ_SECS)) * DAYSECS + BIZ_OPEN +
	    (int64_t)(b % BIZ_SECS);
}

static char *
put_n(char *p, unsigned v, int width)
{
	int i;

	for (i = width - 1; i >= 0; i--) {
		p[i] = (char)('0' + v % 10);
		v /= 10;
	}
	return p + width;
}

static char *
put_ymd(char *p, int64_t day)
{
	int y, m, d;

	civil_from_days(day, &y, &m, &d);
	p = put_n(p, (unsigned)y, 4);
	*p++ = '-';
	p = put_n(p, (unsigned)m, 2);
	*p++ = '-';
	return put_n(p, (unsigned)d, 2);
}

static char *
put_clock(char *p, unsigned s)
{
	p = put_n(p, s / 3600, 2);
	*p++ = ':';
	p = put_n(p, s / 60 % 60, 2);
	*p++ = ':';
	return put_n(p, s % 60, 2);
}

/* 2026-01-05 */
static size_t
fmt_date(char *b, int64_t day)
{
	return (size_t)(put_ymd(b, day) - b);
}

/* 2026-01-05T08:00:00Z */
static size_t
fmt_iso(char *b, int64_t t)
{
	char *p;

	p = put_ymd(b, t / DAYSECS);
	*p++ = 'T';
	p = put_clock(p, (unsigned)(t % DAYSECS));
	*p++ = 'Z';
	return (size_t)(p - b);
}

/* 2026-01-05T08:00:13.638Z */
static size_t
fmt_iso_ms(char *b, int64_t ms)
{
	char *p;

	p = b + fmt_iso(b, ms / 1000) - 1;
	*p++ = '.';
	p = put_n(p, (unsigned)(ms % 1000), 3);
	*p++ = 'Z';
	return (size_t)(p - b);
}

/* 01/05/2026 */
static size_t
fmt_mdy(char *b, int64_t day)
{
	int y, m, d;
	char *p;

	civil_from_days(day, &y, &m, &d);
	p = put_n(b, (unsigned)m, 2);
	*p++ = '/';
	p = put_n(p, (unsigned)d, 2);
	*p++ = '/';
	p = put_n(p, (unsigned)y, 4);
	return (size_t)(p - b);
}

/* Mon, 05 Jan 2026 09:14:07 */
static size_t
fmt_five9(char *b, int64_t t)
{
	int y, m, d;
	char *p;

	civil_from_days(t / DAYSECS, &y, &m, &d);
	p = b;
	memcpy(p, wdays[weekday(t / DAYSECS)], 3);
	p += 3;
	*p++ = ',';
	*p++ = ' ';
	p = put_n(p, (unsigned)d, 2);
	*p++ = ' ';
	memcpy(p, months[m - 1], 3);
	p += 3;
	*p++ = ' ';
	p = put_n(p, (unsigned)y, 4);
	*p++ = ' ';
	p = put_clock(p, (unsigned)(t % DAYSECS));
	*p = '\0';
	return (size_t)(p - b);
}

/* 8-4-4-4-12 lowercase hex */
static size_t
fmt_uuid(char *b, const uint64_t id[2])
{
	size_t n;
	int i;

	n = 0;
	for (i = 0; i < 16; i++) {
		if (i == 8 || i == 12)
			b[n++] = '-';
		b[n++] = hexd[(id[0] >> (60 - 4 * i)) & 15];
	}
	b[n++] = '-';
	for (i = 0; i < 16; i++) {
		if (i == 4)
			b[n++] = '-';
		b[n++] = hexd[(id[1] >> (60 - 4 * i)) & 15];
	}
	return n;
}

/* $1,234.50 */
static size_t
fmt_money(char *b, uint64_t cents)
{
	char tmp[32];
	uint64_t d;
	size_t n, i, len;

	d = cents / 100;
	len = 0;
	do {
		tmp[len++] = (char)('0' + d % 10);
		d /= 10;
	} while (d);
	n = 0;
	b[n++] = '$';
	for (i = len; i > 0; i--) {
		b[n++] = tmp[i - 1];
		if (i > 1 && (i - 1) % 3 == 0)
			b[n++] = ',';
	}
	b[n++] = '.';
	put_n(b + n, (unsigned)(cents % 100), 2);
	n += 2;
	b[n] = '\0';
	return n;
}

static void
out_flush(void)
{
	if (out.len && fwrite(out.buf, 1, out.len, out.fp) != out.len)
		die("%s: %s", out.path, strerror(errno));
	out.len = 0;
}

static void
out_open(const char *name, char delim, int crlf)
{
	int n;

	n = snprintf(out.path, sizeof(out.path), "%s/%s.csv", outdir, name);
	if (n < 0 || (size_t)n >= sizeof(out.path))
		die("%s: path too long", outdir);
	if ((out.fp = fopen(out.path, "wb")) == NULL)
		die("%s: %s", out.path, strerror(errno));
	out.delim = delim;
	out.crlf = crlf;
	out.len = 0;
}

static void
out_close(void)
{
	out_flush();
	if (ferror(out.fp)) {
		fclose(out.fp);
		die("%s: write error", out.path);
	}
	if (fclose(out.fp) != 0)
		die("%s: %s", out.path, strerror(errno));
	out.fp = NULL;
}

static void
out_mem(const char *p, size_t n)
{
	if (out.len + n > OUTBUF)
		out_flush();
	memcpy(out.buf + out.len, p, n);
	out.len += n;
}

static void
out_c(char c)
{
	if (out.len == OUTBUF)
		out_flush();
	out.buf[out.len++] = c;
}

static void
out_s(const char *s)
{
	out_mem(s, strlen(s));
}

static void
out_sep(void)
{
	out_c(out.delim);
}

static void
out_eol(void)
{
	if (out.crlf)
		out_c('\r');
	out_c('\n');
}

static void
out_u(uint64_t v)
{
	char tmp[24];
	size_t n;

	n = sizeof(tmp);
	do {
		tmp[--n] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	out_mem(tmp + n, sizeof(tmp) - n);
}

/* A CSV field, quoted only when it must be (RFC 4180). */
static void
out_field(const char *s)
{
	size_t n;

	n = strlen(s);
	if (strchr(s, out.delim) == NULL && strpbrk(s, "\"\r\n") == NULL &&
	    (n == 0 || (s[0] != ' ' && s[n - 1] != ' '))) {
		out_mem(s, n);
		return;
	}
	out_c('"');
	for (; *s; s++) {
		if (*s == '"')
			out_c('"');
		out_c(*s);
	}
	out_c('"');
}

/* A header line: names separated by the file's delimiter. */
static void
out_header(const char *const *cols, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i)
			out_sep();
		out_field(cols[i]);
	}
	out_eol();
}

#define HEADER(v)	out_header((v), sizeof(v) / sizeof((v)[0]))

static void
out_iso(int64_t t)
{
	char b[32];

	out_mem(b, fmt_iso(b, t));
}

static void
out_uuid(const uint64_t id[2])
{
	char b[40];

	out_mem(b, fmt_uuid(b, id));
}

static void
out_hms(unsigned s)
{
	char b[16];

	out_mem(b, (size_t)(put_clock(b, s) - b));
}

/* The agents, their profiles and per-day contact weights. */
static void
agents_init(void)
{
	const struct special *sp;
	struct agent *a;
	struct rng r;
	int64_t lo, hi, day, tenure;
	double cum, w;
	size_t j;
	int i, wd;

	day0 = days_from_civil(2026, 1, 5);
	lo = days_from_civil(2024, 1, 8);
	hi = days_from_civil(2025, 12, 1);
	for (i = 0; i < NAGENTS; i++) {
		a = &agents[i];
		a->user = names[i].user;
		a->name = names[i].name;
		snprintf(a->email, sizeof(a->email), "%s@example.com", a->user);
		a->numid = 360000123401ULL + (uint64_t)i;
		a->team = i / (NAGENTS / NTEAMS);
		a->kind = NORMAL;
		a->left = 0;
		/* seed-independent: the same call center for every seed */
		r.s = mix64(0xa6e475ULL + (uint64_t)i);
		a->hired = lo + (int64_t)rng_below(&r, (uint64_t)(hi - lo));
		a->hired -= (weekday(a->hired) + 6) % 7;	/* a Monday */
		tenure = day0 - a->hired;
		if (tenure >= 540)
			a->level = 3 + (int)rng_below(&r, 2);
		else if (tenure >= 270)
			a->level = 2 + (int)rng_below(&r, 2);
		else if (tenure >= 120)
			a->level = 2;
		else
			a->level = 1;
		for (j = 0; j < sizeof(specials) / sizeof(specials[0]); j++) {
			sp = &specials[j];
			if (sp->idx != i)
				continue;
			a->kind = sp->kind;
			a->hired = days_from_civil(sp->hy, sp->hm, sp->hd);
			if (sp->ey)
				a->left = days_from_civil(sp->ey, sp->em,
				    sp->ed);
			a->level = sp->level;
		}
		a->p = profiles[a->kind];
		if (a->kind == NORMAL || a->kind == LEAVER) {
			a->p.vol *= 0.85 + 0.30 * rng_unit(&r);
			a->p.talk *= 0.88 + 0.24 * rng_unit(&r);
			a->p.acw *= 0.85 + 0.30 * rng_unit(&r);
			a->p.res += 0.10 * rng_unit(&r) - 0.05;
			a->p.good += 0.08 * rng_unit(&r) - 0.04;
			a->p.qa += 8.0 * rng_unit(&r) - 4.0;
			a->p.conf += 0.6 * rng_unit(&r) - 0.3;
			a->p.esat += 0.6 * rng_unit(&r) - 0.3;
			a->p.dec_s *= 0.8 + 0.4 * rng_unit(&r);
		}
		a->res[0] = a->p.res;
		a->res[1] = a->p.res + DRIFT < .99 ? a->p.res + DRIFT : .99;
		a->changed = 0;
		a->chwd = NWORKDAYS;
		day = workday(SHIFT_WD);
		if (a->team == PROMO_TEAM && a->level < 4 && a->hired < day &&
		    (a->left == 0 || a->left >= day)) {
			a->changed = day;
			a->chwd = SHIFT_WD;
			a->level2 = a->level + 1;
			a->limit2 = limits[a->level2];
			a->csat_up = PROMO_CSAT;
		}
	}
	for (j = 0; j < sizeof(raises) / sizeof(raises[0]); j++) {
		a = &agents[raises[j].idx];
		a->changed = days_from_civil(raises[j].y, raises[j].m,
		    raises[j].d);
		for (wd = 0; wd < NWORKDAYS && workday(wd) < a->changed; wd++)
			;
		a->chwd = wd;
		a->level2 = a->level;
		a->limit2 = raises[j].limit;
		a->csat_up = 0;
	}
	for (wd = 0; wd < NWORKDAYS; wd++) {
		day = workday(wd);
		cum = 0;
		for (i = 0; i < NAGENTS; i++) {
			a = &agents[i];
			w = 0;
			if (a->hired <= day && (a->left == 0 || day <= a->left))
				w = a->p.vol;
			cum += w;
			cumw[wd][i] = cum;
		}
	}
}

/* An agent working on workday wd, weighted by volume. */
static int
pick_agent(struct rng *r, int wd)
{
	const double *c;
	double u;
	int lo, hi, mid;

	c = cumw[wd];
	u = rng_unit(r) * c[NAGENTS - 1];
	lo = 0;
	hi = NAGENTS - 1;
	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (c[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

/* Chance of a good (top-two) customer rating on workday wd. */
static double
good_p(const struct agent *a, int wd)
{
	double p;

	p = a->p.good;
	if (wd >= SHIFT_WD)
		p += DRIFT;
	if (wd >= a->chwd)
		p += a->csat_up;
	return p < .99 ? p : .99;
}

/* Chance of resolving on first contact on workday wd. */
static double
res_p(const struct agent *a, int wd)
{
	return a->res[wd >= SHIFT_WD];
}

/* The agent's limit in dollars on a day. */
static int
limit_on(const struct agent *a, int64_t day)
{
	if (a->changed && day >= a->changed)
		return a->limit2;
	return limits[a->level];
}

static void
contact_id(uint64_t slot, uint64_t id[2])
{
	struct rng r;

	rng_at(&r, S_CID, slot);
	id[0] = rng_next(&r);
	id[1] = rng_next(&r);
	id[0] = (id[0] & ~0xf000ULL) | 0x4000ULL;	/* version 4 */
	id[1] = (id[1] & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
}

/* Contact record of slot k: a pure function of (seed, nrows, k). */
static void
contact_make(uint64_t k, struct contact *c)
{
	const struct agent *a;
	struct rng r;
	uint64_t b;
	double u;
	int xfer;

	rng_at(&r, S_CONTACT, k);
	memset(c, 0, sizeof(*c));
	c->slot = k;
	contact_id(k, c->id);
	b = spread(k, nrows, &r);
	c->wd = (int)(b / BIZ_SECS);
	c->start = biz_time(b);
	u = rng_unit(&r);
	if (u < .80)
		c->method = INBOUND;
	else if (u < .88)
		c->method = OUTBOUND;
	else if (u < .94)
		c->method = TRANSFER;
	else if (u < .98)
		c->method = CALLBACK;
	else
		c->method = API;
	if (c->method == TRANSFER) {
		if (k == 0)
			c->method = INBOUND;
		else {
			c->has_init = 1;
			c->init_slot = k - 1 -
			    rng_below(&r, k < 20 ? k : 20);
			contact_id(c->init_slot, c->init_id);
		}
	}
	c->chat = c->method != OUTBOUND && rng_chance(&r, .14);
	if (c->method != OUTBOUND && rng_chance(&r, .0217)) {
		c->agent = -1;
		c->queue = (int)rng_below(&r, NTEAMS);
		c->qwait = 20 + dur(&r, 150, 5);
		c->end = c->start + c->qwait;
		c->update = c->end + 1 + (int64_t)rng_below(&r, 5);
		return;
	}
	c->agent = pick_agent(&r, c->wd);
	a = &agents[c->agent];
	c->queue = a->team;
	if (rng_chance(&r, .08))
		c->queue = (int)rng_below(&r, NTEAMS);
	c->qwait = c->method == OUTBOUND ? 0 : dur(&r, 40, 2);
	c->connected = c->start + c->qwait;
	c->talk = dur(&r, a->p.talk * (c->chat ? 1.8 : 1.0), 15);
	if (!c->chat && rng_chance(&r, a->p.hold_p)) {
		c->holds = 1;
		if (rng_chance(&r, .3))
			c->holds++;
		if (rng_chance(&r, .1))
			c->holds++;
		c->hold = dur(&r, a->p.hold * c->holds, 10);
	}
	c->end = c->connected + c->talk + c->hold;
	c->acw = dur(&r, a->p.acw, 2);
	xfer = rng_chance(&r, a->p.xfer);
	if (xfer)
		c->xfer = c->end;
	if (rng_chance(&r, .05))
		c->resolved = 0;
	else if (xfer)
		c->resolved = rng_chance(&r, .1) ? 'Y' : 'N';
	else
		c->resolved = rng_chance(&r, res_p(a, c->wd)) ? 'Y' : 'N';
	c->update = c->end + c->acw + 1 + (int64_t)rng_below(&r, 20);
}

/* A second delivery: later LastUpdateTimestamp, sometimes more ACW. */
static void
contact_redeliver(uint64_t k, struct contact *c)
{
	struct rng r;
	unsigned extra;

	rng_at(&r, S_DUPDATA, k);
	if (c->agent >= 0 && rng_chance(&r, .4)) {
		extra = 5 + (unsigned)rng_below(&r, 90);
		c->acw += extra;
		c->update += extra;
	}
	c->update += 30 + (int64_t)rng_below(&r, 2 * DAYSECS);
}

/*
 * The customers (CustomerEndpoint.Address).  A pool of nrows / 4 callers
 * (at least 1): slot k's own caller is k % pool, so that a caller's own
 * contacts are a quarter of the period apart (about 16 days, more than a
 * repeat window of 7).  With chance CB_LOOK a contact looks back at an
 * earlier one, 1 to 4 workdays' slots before it (the nearer more often),
 * and is that caller calling back with a chance that depends on how the
 * earlier contact ended: CB_UNRES after one not resolved or abandoned,
 * CB_RES after one resolved, CB_UNKNOWN without a disposition: about a
 * fifth of the contacts with a caller (transfers included) have a repeat
 * within 7 days, and an agent who resolves less is called back more.  A
 * transferred contact is its initial contact's caller.  A chat has no
 * address (Amazon Connect writes none), and is nobody's repeat.
 * customer_of() follows the chain back to its first contact, a pure
 * function of (seed, nrows, slot) as the contact is.
 */
#define CB_LOOK		.7
#define CB_RES		.06
#define CB_UNRES	.70
#define CB_UNKNOWN	.30
#define NO_CUSTOMER	UINT64_MAX

static uint64_t
customer_of(const struct contact *c0)
{
	struct contact c;
	struct rng r;
	uint64_t k, d, spd, pool;
	double p;

	if (c0->chat)
		return NO_CUSTOMER;
	pool = nrows / 4 ? nrows / 4 : 1;
	spd = nrows / NWORKDAYS ? nrows / NWORKDAYS : 1;
	c = *c0;
	for (;;) {
		k = c.slot;
		if (c.has_init) {
			contact_make(c.init_slot, &c);
			if (c.chat)
				return k % pool;
			continue;
		}
		rng_at(&r, S_CUST, k);
		if (!rng_chance(&r, CB_LOOK))
			break;
		d = 1 + rng_below(&r, 1 + rng_below(&r, 4 * spd));
		if (d > k)
			break;
		contact_make(k - d, &c);
		if (c.chat)
			break;
		if (c.agent < 0 || c.resolved == 'N')
			p = CB_UNRES;
		else if (c.resolved == 'Y')
			p = CB_RES;
		else
			p = CB_UNKNOWN;
		if (!rng_chance(&r, p))
			break;
	}
	return k % pool;
}

/* Customer cust's number in E.164: +1555 and 7 digits, shuffled. */
static void
out_phone(uint64_t cust)
{
	char b[24], *p;

	p = b;
	*p++ = '+';
	*p++ = '1';
	p = put_n(p, (unsigned)(555 + cust / 10000000), 3);
	p = put_n(p, (unsigned)((cust % 10000000 * 3456789 + 1234567) %
	    10000000), 7);
	out_mem(b, (size_t)(p - b));
}

static void
contact_write(const struct contact *c)
{
	uint64_t cust;
	const struct agent *a;

	out_uuid(c->id);
	out_c(',');
	if (c->has_init)
		out_uuid(c->init_id);
	out_c(',');
	out_s(c->chat ? "CHAT" : "VOICE");
	out_c(',');
	out_s(methods[c->method]);
	out_c(',');
	out_iso(c->start);
	out_c(',');
	out_iso(c->end);
	out_c(',');
	out_iso(c->update);
	out_c(',');
	if (c->xfer)
		out_iso(c->xfer);
	out_c(',');
	out_s(queues[c->queue]);
	out_c(',');
	out_u(c->qwait);
	out_c(',');
	if (c->agent < 0)
		out_s(",,,,,,,");
	else {
		a = &agents[c->agent];
		out_s(a->user);
		out_c(',');
		out_iso(c->connected);
		out_c(',');
		out_u(c->talk);
		out_c(',');
		out_u(c->hold);
		out_c(',');
		out_u(c->acw);
		out_c(',');
		out_u(c->holds);
		out_c(',');
		out_s(teams[a->team]);
		out_c(',');
		if (c->resolved)
			out_c(c->resolved);
	}
	out_c(',');
	if ((cust = customer_of(c)) != NO_CUSTOMER)
		out_phone(cust);
	out_eol();
}

static void
contact_write_dup(uint64_t k)
{
	struct contact c;

	contact_make(k, &c);
	contact_redeliver(k, &c);
	contact_write(&c);
}

/* The workday of slot k, as contact_make() draws it. */
static int
slot_wd(uint64_t k)
{
	struct rng r;

	rng_at(&r, S_CONTACT, k);
	return (int)(spread(k, nrows, &r) / BIZ_SECS);
}

/*
 * Stream nrows lines of contact records; with write 0 only count the
 * slots (contacts) they hold.  About 1% of slots are delivered twice:
 * a third of those just before the original, the rest 1-40 slots later
 * but on the same workday (before the next day's first contact), so that
 * the file stays in time order within a day, as exports are written.
 */
static uint64_t
connect_pass(int write)
{
	struct contact c;
	struct rng r;
	uint64_t k, lines, pk[MAXPEND], pdue[MAXPEND], delay;
	int np, i, dup, before, wd, pwd[MAXPEND];

	lines = 0;
	np = 0;
	for (k = 0; lines < nrows; k++) {
		wd = np ? slot_wd(k) : 0;
		for (i = 0; i < np && lines < nrows; ) {
			if (pdue[i] > k && pwd[i] >= wd) {
				i++;
				continue;
			}
			if (write)
				contact_write_dup(pk[i]);
			lines++;
			np--;
			pk[i] = pk[np];
			pdue[i] = pdue[np];
			pwd[i] = pwd[np];
		}
		if (lines >= nrows)
			break;
		rng_at(&r, S_DUP, k);
		dup = rng_chance(&r, .01);
		before = rng_chance(&r, .33);
		delay = 1 + rng_below(&r, 40);
		if (dup && before) {
			dup = 0;
			if (lines + 2 <= nrows) {
				if (write)
					contact_write_dup(k);
				lines++;
			}
		}
		if (write) {
			contact_make(k, &c);
			contact_write(&c);
		}
		lines++;
		if (dup) {
			if (np < MAXPEND) {
				pk[np] = k;
				pdue[np] = k + delay;
				pwd[np] = slot_wd(k);
				np++;
			} else if (lines < nrows) {
				if (write)
					contact_write_dup(k);
				lines++;
			}
		}
	}
	return k;
}

/* A handled contact at or after slot s, or -1 when there is none. */
static int
find_handled(uint64_t s, struct contact *c)
{
	int i;

	if (nslots == 0)
		return -1;
	for (i = 0; i < 64; i++) {
		contact_make((s + (uint64_t)i) % nslots, c);
		if (c->agent >= 0)
			return 0;
	}
	return -1;
}

static void
gen_agent_map(void)
{
	static const char *const hdr[] = { "alias", "agent", "team" };
	const struct agent *a;
	const char *alias[4];
	char num[24];
	int i, j;

	out_open("agent-map", ',', 0);
	HEADER(hdr);
	for (i = 0; i < NAGENTS; i++) {
		a = &agents[i];
		snprintf(num, sizeof(num), "%llu",
		    (unsigned long long)a->numid);
		alias[0] = a->user;
		alias[1] = a->email;
		alias[2] = num;
		alias[3] = a->name;
		for (j = 0; j < 4; j++) {
			out_field(alias[j]);
			out_sep();
			out_field(a->user);
			out_sep();
			out_field(teams[a->team]);
			out_eol();
		}
	}
	out_close();
}

/* A roster row of agent a: level and limit from day eff on. */
static void
roster_row(const struct agent *a, int level, int limit, int64_t eff)
{
	char b[16];

	out_s(a->user);
	out_sep();
	out_s(teams[a->team]);
	out_sep();
	out_mem(b, fmt_date(b, a->hired));
	out_sep();
	if (a->left)
		out_mem(b, fmt_date(b, a->left));
	out_sep();
	out_u((uint64_t)level);
	out_sep();
	out_u((uint64_t)limit);
	out_sep();
	out_mem(b, fmt_date(b, eff));
	out_eol();
}

/*
 * The HR export: a row per agent effective from the hire date, then the
 * later dated rows (promotions and raises) in date order, as emp-tier
 * --accept appends them.
 */
static void
gen_roster(void)
{
	static const char *const hdr[] = {
		"Agent", "Team", "Hire Date", "Exit Date", "Level", "Limit",
		"Effective"
	};
	const struct agent *a;
	int64_t day, next;
	int i;

	out_open("roster", ',', 0);
	HEADER(hdr);
	for (i = 0; i < NAGENTS; i++) {
		a = &agents[i];
		roster_row(a, a->level, limits[a->level], a->hired);
	}
	/* changed is 0 for none: day 0 prints nothing */
	for (day = 0; day != INT64_MAX; day = next) {
		next = INT64_MAX;
		for (i = 0; i < NAGENTS; i++) {
			a = &agents[i];
			if (day != 0 && a->changed == day)
				roster_row(a, a->level2, a->limit2, day);
			if (a->changed > day && a->changed < next)
				next = a->changed;
		}
	}
	out_close();
}

static void
gen_connect(void)
{
	static const char *const hdr[] = {
		"ContactId", "InitialContactId", "Channel", "InitiationMethod",
		"InitiationTimestamp", "DisconnectTimestamp",
		"LastUpdateTimestamp", "TransferCompletedTimestamp",
		"Queue.Name", "Queue.Duration", "Agent.Username",
		"Agent.ConnectedToAgentTimestamp",
		"Agent.AgentInteractionDuration", "Agent.CustomerHoldDuration",
		"Agent.AfterContactWorkDuration", "Agent.NumberOfHolds",
		"Agent.HierarchyGroups.Level1.GroupName", "Attributes.Resolved",
		"CustomerEndpoint.Address"
	};

	out_open("amazon-connect", ',', 0);
	HEADER(hdr);
	nslots = connect_pass(1);
	out_close();
}

static void
gen_genesys(void)
{
	static const char *const hdr[] = {
		"conversationId", "conversationStart", "conversationEnd",
		"mediaType", "queueName", "userName", "tTalkComplete",
		"tHeldComplete", "tAcw", "tHandle", "nTransferred"
	};
	const struct agent *a;
	struct rng r;
	uint64_t b, id[2];
	int64_t start, end, talk, held, acw;
	char buf[40];
	size_t n;
	int i, chat, ag;

	out_open("genesys", ',', 0);
	HEADER(hdr);
	for (i = 0; i < (int)N_GENESYS; i++) {
		rng_at(&r, S_GENESYS, (uint64_t)i);
		id[0] = rng_next(&r);
		id[1] = rng_next(&r);
		id[0] = (id[0] & ~0xf000ULL) | 0x4000ULL;
		id[1] = (id[1] & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;
		b = spread((uint64_t)i, N_GENESYS, &r);
		start = biz_time(b) * 1000 + (int64_t)rng_below(&r, 1000);
		ag = pick_agent(&r, (int)(b / BIZ_SECS));
		a = &agents[ag];
		chat = rng_chance(&r, .6);
		talk = (int64_t)dur(&r, a->p.talk * (chat ? 1.8 : 1.1), 20) *
		    1000 + (int64_t)rng_below(&r, 1000);
		held = -1;		/* email: no hold */
		if (chat) {
			held = 0;
			if (rng_chance(&r, a->p.hold_p * .5))
				held = (int64_t)dur(&r, a->p.hold, 10) * 1000 +
				    (int64_t)rng_below(&r, 1000);
		}
		acw = (int64_t)dur(&r, a->p.acw, 2) * 1000 +
		    (int64_t)rng_below(&r, 1000);
		end = start + (int64_t)dur(&r, 20, 1) * 1000 + talk +
		    (held > 0 ? held : 0);
		out_uuid(id);
		out_sep();
		n = fmt_iso_ms(buf, start);
		if (i == MESSY_GENESYS_DATE)
			memcpy(buf, "2026-02-30", 10);
		out_mem(buf, n);
		out_sep();
		n = fmt_iso_ms(buf, end);
		if (i == MESSY_GENESYS_DATE)
			memcpy(buf, "2026-02-30", 10);
		out_mem(buf, n);
		out_sep();
		out_s(chat ? "chat" : "email");
		out_sep();
		out_field(queues[rng_chance(&r, .08) ?
		    (int)rng_below(&r, NTEAMS) : a->team]);
		out_sep();
		out_s(a->email);
		out_sep();
		out_u((uint64_t)talk);
		out_sep();
		if (held >= 0)
			out_u((uint64_t)held);
		out_sep();
		out_u((uint64_t)acw);
		out_sep();
		out_u((uint64_t)(talk + (held > 0 ? held : 0) + acw));
		out_sep();
		out_u(rng_chance(&r, a->p.xfer) ? 1 : 0);
		out_eol();
	}
	out_close();
}

static void
gen_zendesk(void)
{
	static const char *const hdr[] = {
		"id", "ticket_id", "assignee_id", "group_id", "score",
		"reason", "reason_code", "comment", "created_at", "updated_at"
	};
	/* Bad ratings for things outside the agent's control. */
	static const char *const outside[] = {
		"Package arrived late, a week after the promised date",
		"package arrived late",
		"Wrong item shipped. Again.",
		"wrong item shipped, and the return label didn't work",
		"The website was down all morning so I had to call",
		"website was down",
		"Your refund policy is ridiculous",
		"refund policy: 30 days, I was at 31",
		"Courier left it at the wrong address",
		"The \"express\" delivery took 9 days",
	};
	/* A few comments span lines. */
	static const char *const multiline[] = {
		"Package arrived late.\nNot the agent's fault, still unhappy.",
		"Refund policy says no.\nAgent was polite, the policy is not.",
		"Great service.\nWill recommend.",
	};
	static const char *const agentfault[] = {
		"Agent was rude and hung up on me",
		"Had to explain my issue three times",
		"Transferred twice, nobody knew the answer",
		"Promised a callback that never came",
		"Felt rushed, she clearly wanted me off the phone",
		"He said \"that's not my department\" and that was it",
	};
	static const char *const goodc[] = {
		"Thanks, very helpful!",
		"Quick and friendly",
		"Solved it in one call, great job",
		"He said \"leave it with me\" and actually fixed it",
		"Patient, clear, kind",
	};
	static const struct {
		const char	*text;
		int		 code;
	} reasons[] = {
		{ "No reason provided", 0 },
		{ "Issue took too long to resolve", 5 },
		{ "Issue was not resolved", 6 },
		{ "The agent's knowledge is unsatisfactory", 7 },
		{ "The agent's attitude was unsatisfactory", 8 },
		{ "Some other reason", 100 },
	};
	const struct agent *a;
	const char *score, *comment;
	struct rng r;
	uint64_t b;
	int64_t created, updated;
	double u;
	int i, ag, rc;

	out_open("zendesk", ',', 0);
	HEADER(hdr);
	for (i = 0; i < (int)N_ZENDESK; i++) {
		rng_at(&r, S_ZENDESK, (uint64_t)i);
		b = spread((uint64_t)i, N_ZENDESK, &r);
		created = biz_time(b);
		ag = pick_agent(&r, (int)(b / BIZ_SECS));
		a = &agents[ag];
		comment = "";
		rc = -1;
		updated = created;
		u = rng_unit(&r);
		if (u < .17)
			score = "offered";
		else if (u < .25)
			score = "unoffered";
		else if (rng_chance(&r, good_p(a, (int)(b / BIZ_SECS)))) {
			score = "good";
			if (rng_chance(&r, .4))
				comment = PICK(&r, goodc);
			if (rng_chance(&r, .01))
				comment = multiline[2];
		} else {
			score = "bad";
			u = rng_unit(&r);
			/* rc indexes reasons[] */
			if (u < .45) {
				comment = PICK(&r, outside);
				if (rng_chance(&r, .12))
					comment = multiline[rng_below(&r, 2)];
				rc = rng_chance(&r, .5) ? 5 :
				    (int)rng_below(&r, 2);
			} else if (u < .80) {
				comment = PICK(&r, agentfault);
				rc = 1 + (int)rng_below(&r, 4);
			} else
				rc = (int)rng_below(&r, 6);
		}
		if (strcmp(score, "good") == 0 || strcmp(score, "bad") == 0)
			updated = created + 60 + (int64_t)rng_below(&r,
			    DAYSECS);
		out_u(8100001ULL + (uint64_t)i);
		out_sep();
		out_u(52000ULL + (uint64_t)i * 5 + rng_below(&r, 5));
		out_sep();
		out_u(a->numid);
		out_sep();
		out_u(360004560001ULL + (uint64_t)a->team);
		out_sep();
		out_s(score);
		out_sep();
		if (rc >= 0)
			out_field(reasons[rc].text);
		out_sep();
		if (rc >= 0)
			out_u((uint64_t)reasons[rc].code);
		out_sep();
		out_field(comment);
		out_sep();
		out_iso(created);
		out_sep();
		out_iso(updated);
		out_eol();
	}
	out_close();
}

static void
gen_five9(void)
{
	static const char *const hdr[] = {
		"CALL ID", "TIMESTAMP", "CAMPAIGN", "CALL TYPE", "AGENT",
		"AGENT NAME", "DISPOSITION", "TALK TIME", "HOLD TIME",
		"AFTER CALL WORK TIME", "TRANSFERS", "ABANDONED"
	};
	const struct agent *a;
	const char *type, *disp;
	struct rng r;
	uint64_t b;
	int64_t t;
	unsigned talk, hold, acw;
	char buf[40];
	int i, xfer, outb;

	out_open("five9", ',', 1);
	HEADER(hdr);
	for (i = 0; i < (int)N_FIVE9; i++) {
		rng_at(&r, S_FIVE9, (uint64_t)i);
		b = spread((uint64_t)i, N_FIVE9, &r);
		/* 09:00-18:00 America/New_York, written as local time */
		t = workday((int)(b / BIZ_SECS)) * DAYSECS + 9 * 3600 +
		    (int64_t)(b % BIZ_SECS * 9 / 10);
		out_u(1000000000ULL + (uint64_t)i * 13 + rng_below(&r, 13));
		out_sep();
		fmt_five9(buf, t);
		out_field(buf);
		out_sep();
		if (i != MESSY_FIVE9_DUR && rng_chance(&r, .03)) {
			out_s(campaigns[rng_below(&r, NTEAMS)]);
			out_s(",INBOUND,[None],,Abandon,00:00:00,00:00:00,"
			    "00:00:00,0,1");
			out_eol();
			continue;
		}
		a = &agents[pick_agent(&r, (int)(b / BIZ_SECS))];
		outb = outcampaigns[a->team] != NULL && rng_chance(&r, .6);
		type = outb ? (rng_chance(&r, .5) ? "OUTBOUND" : "AUTODIAL") :
		    "INBOUND";
		talk = dur(&r, a->p.talk, 10);
		hold = rng_chance(&r, a->p.hold_p) ? dur(&r, a->p.hold, 5) : 0;
		acw = dur(&r, a->p.acw, 2);
		xfer = rng_chance(&r, a->p.xfer);
		if (xfer)
			disp = "Transferred To Specialist";
		else if (outb) {
			if (rng_chance(&r, .3))
				disp = "Sale Made";
			else
				disp = rng_chance(&r, .5) ? "Not Interested" :
				    "Callback Scheduled";
		} else
			disp = rng_chance(&r, res_p(a, (int)(b / BIZ_SECS))) ?
			    "Resolved" : "Follow Up Required";
		out_s(outb ? outcampaigns[a->team] : campaigns[a->team]);
		out_sep();
		out_s(type);
		out_sep();
		out_s(a->email);
		out_sep();
		out_field(a->name);
		out_sep();
		out_s(disp);
		out_sep();
		if (i == MESSY_FIVE9_DUR)
			out_s("12:xx");
		else
			out_hms(talk);
		out_sep();
		out_hms(hold);
		out_sep();
		out_hms(acw);
		out_sep();
		out_c(xfer ? '1' : '0');
		out_sep();
		out_c('0');
		out_eol();
	}
	out_eol();		/* messy: blank trailing line */
	out_close();
}

static void
gen_talkdesk(void)
{
	static const char *const hdr[] = {
		"call_id", "type", "start_at", "end_at", "user_name",
		"team_name", "talk_time", "hold_time", "wait_time",
		"csat_score", "rating_reason"
	};
	static const char *const goodr[] = {
		"Quick and friendly", "Solved my problem",
		"Knew exactly what to do", "Very patient"
	};
	static const char *const badr[] = {
		"Long wait", "Problem not solved", "Package still missing",
		"Had to repeat myself", "Rude", "Wrong item, no fix offered"
	};
	const struct agent *a;
	struct rng r;
	uint64_t b, id0, id1;
	int64_t start;
	unsigned talk, hold, wait;
	int i, j, score, inb;

	out_open("talkdesk", ',', 0);
	HEADER(hdr);
	for (i = 0; i < (int)N_TALKDESK; i++) {
		rng_at(&r, S_TALKDESK, (uint64_t)i);
		id0 = rng_next(&r);
		id1 = rng_next(&r);
		for (j = 0; j < 16; j++)
			out_c(hexd[(id0 >> (60 - 4 * j)) & 15]);
		for (j = 0; j < 16; j++)
			out_c(hexd[(id1 >> (60 - 4 * j)) & 15]);
		out_sep();
		b = spread((uint64_t)i, N_TALKDESK, &r);
		start = biz_time(b);
		if (i != MESSY_TALKDESK_CSAT && rng_chance(&r, .03)) {
			wait = dur(&r, 90, 5);
			out_s("abandoned,");
			out_iso(start);
			out_sep();
			out_iso(start + wait);
			out_s(",,,0,0,");
			out_u(wait);
			out_s(",,");
			out_eol();
			continue;
		}
		a = &agents[pick_agent(&r, (int)(b / BIZ_SECS))];
		inb = !rng_chance(&r, .15);
		talk = dur(&r, a->p.talk, 10);
		hold = rng_chance(&r, a->p.hold_p) ? dur(&r, a->p.hold, 5) : 0;
		wait = inb ? dur(&r, 35, 1) : 0;
		score = 0;
		if (rng_chance(&r, .45)) {
			if (rng_chance(&r, good_p(a, (int)(b / BIZ_SECS))))
				score = rng_chance(&r, .7) ? 5 : 4;
			else
				score = 1 + (int)rng_below(&r, 3);
		}
		if (i == MESSY_TALKDESK_CSAT)
			score = 9;
		out_s(inb ? "inbound" : "outbound");
		out_sep();
		out_iso(start);
		out_sep();
		out_iso(start + wait + talk + hold);
		out_sep();
		out_field(a->name);
		out_sep();
		out_s(teams[a->team]);
		out_sep();
		out_u(talk);
		out_sep();
		out_u(hold);
		out_sep();
		out_u(wait);
		out_sep();
		if (score)
			out_u((uint64_t)score);
		out_sep();
		if (score && rng_chance(&r, .5))
			out_field(score >= 4 ? PICK(&r, goodr) :
			    PICK(&r, badr));
		out_eol();
	}
	out_close();
}

/* One evaluation of qa.csv: QA-<id> of agent a (contact cid, or none),
 * whose call was worth q points, graded by evaluator ev on workday wd. */
static void
qa_row(struct rng *r, int id, const struct agent *a, const uint64_t *cid,
    double q, int ev, int wd)
{
	static const char *const high[] = {
		"Textbook call", "Great empathy; followed the refund policy",
		"Clear, confident, resolved first time", "", ""
	};
	static const char *const mid[] = {
		"Good call, missed the closing summary",
		"Verification done late; otherwise fine",
		"Long hold, explained why",
		"", ""
	};
	static const char *const low[] = {
		"Missed verification step",
		"Did not offer callback; long hold without checking in",
		"Wrong information given, customer called back",
		"Transferred without a warm handover",
		"Tone; interrupted customer"
	};
	const char *comment;
	char buf[40];
	int h;

	h = clampi(2.0 * (q + evaluator_bias[ev]), 0, 200);
	if (h > 190 && rng_chance(r, .5))
		h = 200;
	if (h >= 170)
		comment = PICK(r, high);
	else if (h >= 150)
		comment = PICK(r, mid);
	else
		comment = PICK(r, low);
	out_s("QA-");
	snprintf(buf, sizeof(buf), "%05d", id);
	out_s(buf);
	out_sep();
	out_s(a->user);
	out_sep();
	if (cid != NULL)
		out_uuid(cid);
	out_sep();
	out_u((uint64_t)h / 2);
	if (h & 1)
		out_s(",5");
	out_c('%');
	out_sep();
	out_s(evaluators[ev]);
	out_sep();
	out_mem(buf, fmt_mdy(buf, workday(wd)));
	out_sep();
	out_field(comment);
	out_eol();
}

/*
 * Local time in America/New_York (the Qualtrics survey's zone) of UTC
 * time t: UTC-5, UTC-4 from 2026-03-08 07:00 UTC (the spring change)
 * until 2026-11-01 06:00 UTC; the sample's times are all in 2026.
 */
static int64_t
ny_local(int64_t t)
{
	int64_t spring, autumn;

	spring = days_from_civil(2026, 3, 8) * DAYSECS + 7 * 3600;
	autumn = days_from_civil(2026, 11, 1) * DAYSECS + 6 * 3600;
	return t + (t >= spring && t < autumn ? -4 : -5) * 3600;
}

/* 2026-03-02 09:15:30, Qualtrics' local time */
static void
out_qtime(int64_t t)
{
	char b[32];
	size_t n;

	n = fmt_iso(b, ny_local(t));
	b[10] = ' ';
	out_mem(b, n - 1);
}

/*
 * A Qualtrics NPS survey sent after a handled contact of
 * amazon-connect.csv (its ContactId in the embedded field ticket, the
 * agent and team in agent and team), answered minutes later: Q1 0-10
 * with Q1_NPS_GROUP (1 detractor 0-6, 2 passive 7-8, 3 promoter 9-10),
 * an optional reason Q2.  A customer who would rate the agent top-two
 * (good_p(), the CSAT chance) is a promoter three times in four, else a
 * passive; the others are detractors: the agent's NPS is about
 * 100 * (1.75 * good_p - 1).  About 6% of responses are unfinished
 * (Finished 0, recorded when they expire a week later) and 2% finished
 * without an answer to Q1.  The three header rows are Qualtrics' own,
 * times in America/New_York as the ImportId row says.
 */
static void
gen_qualtrics(void)
{
	static const char *const hdr[] = {
		"StartDate", "EndDate", "Status", "IPAddress", "Progress",
		"Duration (in seconds)", "Finished", "RecordedDate",
		"ResponseId", "RecipientLastName", "RecipientFirstName",
		"RecipientEmail", "ExternalReference", "LocationLatitude",
		"LocationLongitude", "DistributionChannel", "UserLanguage",
		"Q1", "Q1_NPS_GROUP", "Q2", "agent", "team", "ticket"
	};
	static const char *const texts[] = {
		"Start Date", "End Date", "Response Type", "IP Address",
		"Progress", "Duration (in seconds)", "Finished",
		"Recorded Date", "Response ID", "Recipient Last Name",
		"Recipient First Name", "Recipient Email",
		"External Data Reference", "Location Latitude",
		"Location Longitude", "Distribution Channel", "User Language",
		"How likely are you to recommend us to a friend or colleague?",
		"How likely are you to recommend us to a friend or colleague?"
		    " - Group",
		"What is the main reason for your score?",
		"agent", "team", "ticket"
	};
	static const char *const ids[] = {
		"startDate\",\"timeZone\":\"America/New_York",
		"endDate\",\"timeZone\":\"America/New_York",
		"status", "ipAddress", "progress", "duration", "finished",
		"recordedDate\",\"timeZone\":\"America/New_York",
		"_recordId", "recipientLastName", "recipientFirstName",
		"recipientEmail", "externalDataReference", "locationLatitude",
		"locationLongitude", "distributionChannel", "userLanguage",
		"QID1", "QID1_NPS_GROUP", "QID2_TEXT", "agent", "team", "ticket"
	};
	static const char *const goodr[] = {
		"Quick and friendly", "Solved it on the first call",
		"Knew exactly what to do", "Very patient, thank you",
		"Refund came through the same day"
	};
	static const char *const badr[] = {
		"Had to call twice", "Long wait, then transferred",
		"Problem not solved", "Still waiting for the \"replacement\"",
		"Agent was nice, but the policy is not", "Had to repeat myself"
	};
	static const char alnum[] =
	    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
	char buf[160];
	const struct agent *a;
	struct contact c;
	struct rng r;
	uint64_t s, step;
	int64_t start, end, rec;
	unsigned secs;
	double g, u;
	size_t j;
	int i, score, fin, progress;

	out_open("qualtrics", ',', 0);
	HEADER(hdr);
	HEADER(texts);
	for (j = 0; j < sizeof(ids) / sizeof(ids[0]); j++) {
		if (j)
			out_sep();
		snprintf(buf, sizeof(buf), "{\"ImportId\":\"%s\"}", ids[j]);
		out_field(buf);
	}
	out_eol();
	step = nslots / N_QUALTRICS;
	for (i = 0; i < (int)N_QUALTRICS; i++) {
		rng_at(&r, S_QUALTRICS, (uint64_t)i);
		s = nslots * (uint64_t)i / N_QUALTRICS + rng_below(&r, step);
		if (find_handled(s, &c) != 0)
			continue;
		a = &agents[c.agent];
		start = c.end + 60 + (int64_t)rng_below(&r, 1800);
		secs = 20 + (unsigned)rng_below(&r, 200);
		end = start + secs;
		fin = !rng_chance(&r, .06);
		score = -1;
		if (fin ? !rng_chance(&r, .02) : rng_chance(&r, .5)) {
			g = good_p(a, c.wd);
			u = rng_unit(&r);
			if (u < .75 * g)
				score = rng_chance(&r, .6) ? 10 : 9;
			else if (u < g)
				score = 7 + (int)rng_below(&r, 2);
			else
				score = rng_chance(&r, .5) ?
				    5 + (int)rng_below(&r, 2) :
				    (int)rng_below(&r, 5);
		}
		progress = fin ? 100 : 10 + 10 * (int)rng_below(&r, 7);
		rec = fin ? end + 1 : end + 7 * DAYSECS;
		out_qtime(start);
		out_sep();
		out_qtime(end);
		out_s(",0,");
		snprintf(buf, sizeof(buf), "%s.%u",
		    rng_chance(&r, .5) ? "203.0.113" : "198.51.100",
		    1 + (unsigned)rng_below(&r, 254));
		out_s(buf);
		out_sep();
		out_u((uint64_t)progress);
		out_sep();
		out_u(secs);
		out_sep();
		out_c(fin ? '1' : '0');
		out_sep();
		out_qtime(rec);
		out_s(",R_");
		for (j = 0; j < 15; j++)
			out_c(alnum[rng_below(&r, sizeof(alnum) - 1)]);
		out_s(",,,,,,,anonymous,EN,");
		if (score >= 0) {
			out_u((uint64_t)score);
			out_sep();
			out_c(score <= 6 ? '1' : score <= 8 ? '2' : '3');
		} else
			out_sep();
		out_sep();
		if (score >= 0 && rng_chance(&r, .3))
			out_field(score >= 9 ? PICK(&r, goodr) :
			    PICK(&r, badr));
		out_sep();
		out_s(a->user);
		out_sep();
		out_s(teams[a->team]);
		out_sep();
		out_uuid(c.id);
		out_eol();
	}
	out_close();
}

static void
gen_qa(void)
{
	static const char *const hdr[] = {
		"Evaluation ID", "Agent", "Contact ID", "Score", "Evaluator",
		"Date", "Comment"
	};
	const struct agent *a;
	struct contact c;
	struct rng r, re;
	uint64_t s, step, b;
	double q;
	int i, j, k, n, ev, wd, have, id;

	out_open("qa", ';', 1);
	out_s("\xef\xbb\xbf");
	HEADER(hdr);
	step = nslots / N_QA;
	for (i = 0; i < (int)N_QA; i++) {
		/* the evaluator from a stream of its own: the other draws
		 * of the row stay as they were before evaluators had a bias */
		rng_at(&re, S_QA_EVAL, (uint64_t)i);
		ev = (int)rng_below(&re, NEVALUATORS);
		rng_at(&r, S_QA, (uint64_t)i);
		s = nslots * (uint64_t)i / N_QA + rng_below(&r, step);
		have = find_handled(s, &c) == 0;
		if (have)
			wd = c.wd;
		else {
			b = spread((uint64_t)i, N_QA, &r);
			wd = (int)(b / BIZ_SECS);
			c.agent = pick_agent(&r, wd);
		}
		a = &agents[c.agent];
		wd += 1 + (int)rng_below(&r, 4);
		if (wd >= NWORKDAYS)
			wd = NWORKDAYS - 1;
		q = a->p.qa + 6.0 * rng_normal(&r);
		qa_row(&r, i + 1, a, have ? c.id : NULL, q, ev, wd);
	}
	/*
	 * The calibration round: N_QA_CAL handled contacts, each graded
	 * blind by three evaluators (every third by two), a week after the
	 * contact: one call's quality, each evaluator's bias and a little
	 * disagreement.
	 */
	id = (int)N_QA;
	for (k = 0; k < N_QA_CAL && nslots > 0; k++) {
		rng_at(&r, S_QA_CAL, (uint64_t)k);
		s = nslots * (uint64_t)k / N_QA_CAL + rng_below(&r, nslots /
		    N_QA_CAL + 1);
		if (find_handled(s % nslots, &c) != 0)
			continue;
		a = &agents[c.agent];
		wd = c.wd + 5 < NWORKDAYS ? c.wd + 5 : NWORKDAYS - 1;
		q = a->p.qa + 6.0 * rng_normal(&r);
		ev = (int)rng_below(&r, NEVALUATORS);
		n = k % 3 == 2 ? 2 : 3;
		for (j = 0; j < n; j++)
			qa_row(&r, ++id, a, c.id,
			    q + 2.0 * rng_normal(&r),
			    (ev + j) % (int)NEVALUATORS, wd);
	}
	out_close();
}

static void
gen_pulse(void)
{
	static const char *const hdr[] = {
		"Agent", "Week", "Confidence", "Satisfaction", "Comment"
	};
	static const char *const comments[] = {
		"Good week, team was supportive",
		"Need more training on the new returns tool",
		"Too many approvals needed, slows me down",
		"Tired, lots of overtime",
		"Customers angry about late deliveries, not much I can do",
		"Felt trusted to fix things myself",
		"Queue was crazy on Monday",
	};
	const struct agent *a;
	struct rng r;
	int64_t mon, fri;
	double conf, esat, left;
	char buf[16];
	int w, i, v;

	out_open("pulse", ',', 0);
	HEADER(hdr);
	for (w = 0; w < NWEEKS; w++) {
		mon = day0 + 7 * w;
		fri = mon + 4;
		for (i = 0; i < NAGENTS; i++) {
			a = &agents[i];
			if (a->hired > fri || (a->left && a->left < mon))
				continue;
			rng_at(&r, S_PULSE, (uint64_t)(w * NAGENTS + i));
			conf = a->p.conf;
			esat = a->p.esat;
			if (a->kind == NEWHIRE)
				conf += 0.3 *
				    (double)((mon - a->hired + 6) / 7);
			if (a->kind == LEAVER) {
				left = (double)((a->left - mon) / 7);
				esat = 1.8 + 0.3 * left;
				if (esat > 3.6)
					esat = 3.6;
			}
			out_s(a->user);
			out_sep();
			out_mem(buf, fmt_date(buf, mon));
			out_sep();
			v = clampi(conf + 0.7 * rng_normal(&r), 1, 5);
			if (!rng_chance(&r, .06))
				out_u((uint64_t)v);
			out_sep();
			v = clampi(esat + 0.7 * rng_normal(&r), 1, 5);
			if (!rng_chance(&r, .06))
				out_u((uint64_t)v);
			out_sep();
			if (rng_chance(&r, .12))
				out_field(PICK(&r, comments));
			out_eol();
		}
	}
	out_close();
}

/*
 * Whether a decision of cents was reversed (or judged a mistake), and
 * then its cost in cents (at least 1), else 0.  About 4% are: 3.5% of
 * those under $100, 7% to 21% of larger ones, rising with the amount;
 * struggling agents, new hires and the fast-but-bad err more, stars
 * less.  The cost of a small one is half to all of it (a refund that
 * should not have been); of a larger one mostly a part under $100 (the
 * rest recovered), sometimes most of it: about 90% cost under $100 (the
 * 89% of DOMAIN.md).
 */
static uint64_t
decision_cost(struct rng *r, const struct agent *a, uint64_t cents)
{
	double p;
	uint64_t cost;

	if (cents < 10000)
		p = .035;
	else
		p = .07 + .14 * (double)(cents - 10000) / 140000.0;
	switch (a->kind) {
	case STAR:
		p *= .5;
		break;
	case STRUGGLING:
	case NEWHIRE:
	case FASTBAD:
		p *= 1.8;
		break;
	default:
		break;
	}
	if (!rng_chance(r, p))
		return 0;
	if (cents < 10000)
		cost = cents / 2 + rng_below(r, cents - cents / 2 + 1);
	else if (rng_chance(r, .6))
		cost = 2000 + rng_below(r, 7900);
	else
		cost = cents * 3 / 10 + rng_below(r, cents * 7 / 10 + 1);
	return cost ? cost : 1;
}

static void
gen_decisions(void)
{
	static const char *const hdr[] = {
		"Decision ID", "Agent", "Time", "Type", "Amount",
		"Approval Needed", "Seconds To Decide", "Reversed", "Cost",
		"Contact ID"
	};
	const struct agent *a;
	const char *type;
	struct contact c;
	struct rng r;
	uint64_t s, step, b, cents, cost;
	int64_t t;
	double u;
	char buf[40];
	int i, have, need;

	out_open("decisions", ',', 0);
	HEADER(hdr);
	step = nslots / N_DECISIONS;
	for (i = 0; i < (int)N_DECISIONS; i++) {
		rng_at(&r, S_DECISIONS, (uint64_t)i);
		s = nslots * (uint64_t)i / N_DECISIONS + rng_below(&r, step);
		have = find_handled(s, &c) == 0;
		if (have)
			t = c.connected + (int64_t)rng_below(&r, c.talk);
		else {
			b = spread((uint64_t)i, N_DECISIONS, &r);
			t = biz_time(b);
			c.agent = pick_agent(&r, (int)(b / BIZ_SECS));
		}
		a = &agents[c.agent];
		u = rng_unit(&r);
		if (u < .40)
			type = "refund";
		else if (u < .70)
			type = "credit";
		else if (u < .90)
			type = "discount";
		else
			type = "exception";
		/* 89% of decisions are under $100, most of them small */
		if (rng_chance(&r, .89)) {
			cents = rng_below(&r, 9500) + 1;
			cents = 500 + rng_below(&r, cents);
		}
		else
			cents = 10000 + rng_below(&r, 140000);
		u = rng_unit(&r);
		if (u < .6)
			cents -= cents % 100;
		else if (u < .8)
			cents -= cents % 50;
		need = cents > (uint64_t)limit_on(a, t / DAYSECS) * 100 ||
		    rng_chance(&r, a->p.ask);
		if (strcmp(type, "exception") == 0 && rng_chance(&r, .5))
			need = 1;
		out_s("D-");
		snprintf(buf, sizeof(buf), "%06d", i + 1);
		out_s(buf);
		out_sep();
		out_s(a->user);
		out_sep();
		out_iso(t);
		out_sep();
		out_s(type);
		out_sep();
		fmt_money(buf, cents);
		out_field(buf);
		out_sep();
		out_c(need ? 'Y' : 'N');
		out_sep();
		out_u(dur(&r, a->p.dec_s * (need ? 1.5 : 1.0), 3));
		out_sep();
		/* drawn after the other columns, which stay as they were */
		cost = decision_cost(&r, a, cents);
		out_s(cost ? "Yes" : "No");
		out_sep();
		if (cost) {
			fmt_money(buf, cost);
			out_field(buf);
		}
		if (i != MESSY_DECISION_RAGGED) {
			out_sep();
			if (have)
				out_uuid(c.id);
		}
		out_eol();
	}
	out_close();
}

/*
 * Coaching sessions by the team leads (lead.TEAM, as scripts/demo names
 * them), seed-independent: agent index, workday index, minute of the day
 * (local time, written without a zone), focus and the lead's note.
 */
static const struct session {
	int		 idx;
	int		 wd;
	int		 min;
	const char	*focus;
	const char	*note;
} sessions[] = {
	{ 11,  3, 630, "QA",	/* liam.obrien */
	    "Went through two calls from last week: verification "
	    "came late in both. Agreed to verify first, before "
	    "promising anything." },
	{ 37,  4, 840, "FCR",	/* lena.schmidt */
	    "Listened to a callback together; she knew the fix but "
	    "didn't apply it, \"in case it needed approval\". Walked "
	    "through what she may do without asking." },
	{ 28,  6, 660, "CSAT",	/* carlos.mendes */
	    "Calls are short, but customers call back. Goal: ask "
	    "\"is there anything else?\" before closing, even when "
	    "the queue is long." },
	{ 22,  8, 930, "AHT",	/* wei.zhang */
	    "Long holds while searching the knowledge base; showed "
	    "the saved searches, and where the refund macros are." },
	{ 25,  9, 600, "CSAT",	/* zoe.martin */
	    "Good rapport, but customers rate the outcome. "
	    "Practised explaining the returns policy plainly, "
	    "without reading it out." },
	{  5, 11, 810, "QA",	/* farid.haddad */
	    "Missed the closing summary on 3 of 4 evaluated calls; "
	    "we wrote a short checklist together." },
	{ 33, 12, 960, "AHT",	/* hana.sato */
	    "Still new to retention offers, reads each one out in "
	    "full. Agreed on the two she uses most, and when to "
	    "offer them." },
	{ 10, 14, 690, "FCR",	/* keiko.tanaka */
	    "Customers called back about labels that never arrived. "
	    "She now checks the email address, and re-sends the "
	    "label while they're on the line." },
	{ 46, 16, 870, "QA",	/* victor.blanc */
	    "Tone is friendly; the identity check was skipped "
	    "twice. Reviewed why it matters, with the fraud team's "
	    "examples." },
	{ 38, 23, 630, "CSAT",	/* marco.bianchi */
	    "First week with the new limit: went through the "
	    "goodwill credits he can now give on his own, and how "
	    "to note them." },
	{ 19, 25, 900, "QA",	/* tara.walsh */
	    "Solid scores, wants to become a QA evaluator. Shadowed "
	    "a calibration session; \"harder than it looks\"." },
	{ 28, 27, 660, "FCR",	/* carlos.mendes */
	    "Follow-up on the closing question: better, but "
	    "transfers are up. Talked through when a transfer is "
	    "the \"easy way out\"." },
	{ 37, 29, 840, "CSAT",	/* lena.schmidt */
	    "Deciding more on her own since the promotion, and "
	    "customers notice. Reviewed two 5-star calls, and one "
	    "that went wrong." },
	{ 40, 31, 600, "FCR",	/* oscar.lund */
	    "Repeat contacts on delayed orders: agreed to set the "
	    "expectation, \"3 to 5 working days\", instead of \"soon\"." },
	{  7, 33, 570, "AHT",	/* hugo.lindqvist */
	    "First full week on the phones. The billing system is "
	    "slow going; paired him with Chloe for two mornings." },
	{ 20, 35, 990, "CSAT",	/* umar.bello */
	    "Bad ratings were mostly about the outage, not him. "
	    "Still, agreed to apologise for it once, clearly, at "
	    "the start of the call." },
	{ 44, 36, 780, "AHT",	/* tomas.ortega */
	    "Second week: long holds while he looks up order "
	    "status. Showed the tracking shortcut, and when to "
	    "offer a callback instead." },
	{ 34, 38, 690, "FCR",	/* ivan.petrov */
	    "Retention offers accepted, but customers call back to "
	    "cancel anyway. Check that the offer fits, before "
	    "closing." },
	{ 11, 40, 930, "AHT",	/* liam.obrien */
	    "ACW is long because he writes notes from memory "
	    "afterwards; suggested typing them during the call, in "
	    "short form." },
	{ 15, 41, 630, "QA",	/* pedro.alves */
	    "QA from 78% to 85% is his goal. Picked the two "
	    "criteria he loses most points on: the empathy "
	    "statement, and the recap." },
};

static void
gen_coaching(void)
{
	static const char *const hdr[] = {
		"Agent", "Coach", "Date", "Focus", "Notes"
	};
	const struct session *sn;
	const struct agent *a;
	char b[32], *p;
	size_t j;

	out_open("coaching", ',', 0);
	HEADER(hdr);
	for (j = 0; j < sizeof(sessions) / sizeof(sessions[0]); j++) {
		sn = &sessions[j];
		a = &agents[sn->idx];
		out_s(a->user);
		out_sep();
		out_s("lead.");
		snprintf(b, sizeof(b), "%s", teams[a->team]);
		for (p = b; *p; p++)
			if (*p >= 'A' && *p <= 'Z')
				*p += 'a' - 'A';
		out_s(b);
		out_sep();
		p = put_ymd(b, workday(sn->wd));
		*p++ = ' ';
		p = put_n(p, (unsigned)sn->min / 60, 2);
		*p++ = ':';
		p = put_n(p, (unsigned)sn->min % 60, 2);
		out_mem(b, (size_t)(p - b));
		out_sep();
		out_s(sn->focus);
		out_sep();
		out_field(sn->note);
		out_eol();
	}
	out_close();
}

static const struct file {
	const char	*name;
	void		(*gen)(void);
} files[] = {
	{ "agent-map", gen_agent_map },
	{ "roster", gen_roster },
	{ "amazon-connect", gen_connect },
	{ "genesys", gen_genesys },
	{ "zendesk", gen_zendesk },
	{ "five9", gen_five9 },
	{ "talkdesk", gen_talkdesk },
	{ "qualtrics", gen_qualtrics },
	{ "qa", gen_qa },
	{ "pulse", gen_pulse },
	{ "decisions", gen_decisions },
	{ "coaching", gen_coaching },
};

#define NFILES	(sizeof(files) / sizeof(files[0]))

static unsigned
file_bit(const char *name)
{
	size_t i;

	for (i = 0; i < NFILES; i++)
		if (strcmp(name, files[i].name) == 0)
			return 1U << i;
	return 0;
}

static _Noreturn void
usage(int status)
{
	FILE *fp;
	size_t i, col;

	if (status != 0) {
		fprintf(stderr, "usage: %s [--rows N] [--seed S] "
		    "[--only NAME]... DIR\n"
		    "Try '%s --help' for more information.\n",
		    progname, progname);
		exit(status);
	}
	fp = stdout;
	fprintf(fp, "usage: %s [--rows N] [--seed S] [--only NAME]... DIR\n"
	    "\n"
	    "Write a deterministic synthetic call center into DIR (created\n"
	    "if missing) as vendor exports: the same arguments give\n"
	    "byte-identical files.\n"
	    "\n"
	    "  --rows N     lines in amazon-connect.csv, duplicates included\n"
	    "               (default %d)\n"
	    "  --seed S     seed, decimal or 0x hex (default 1)\n"
	    "  --only NAME  write only NAME.csv (repeatable); NAME is one of\n"
	    "              ", progname, DEF_ROWS);
	for (i = 0, col = 14; i < NFILES; i++) {
		if (col + 1 + strlen(files[i].name) > 78) {
			fprintf(fp, "\n              ");
			col = 14;
		}
		fprintf(fp, " %s", files[i].name);
		col += 1 + strlen(files[i].name);
	}
	fprintf(fp, "\n"
	    "  -h, --help   print this help and exit\n"
	    "\n"
	    "Exit status: 0 success, 1 I/O error, 2 usage error.\n");
	if (fflush(fp) != 0 || ferror(fp)) {
		fprintf(stderr, "%s: write error\n", progname);
		exit(1);
	}
	exit(0);
}

static _Noreturn void
usage_error(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: ", progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	usage(2);
}

static int
parse_u64(const char *s, int base, uint64_t *v)
{
	unsigned long long x;
	char *end;

	if (*s == '\0' || *s == '-' || *s == '+' || *s == ' ')
		return -1;
	errno = 0;
	x = strtoull(s, &end, base);
	if (errno || *end != '\0')
		return -1;
	*v = x;
	return 0;
}

/* mkdir -p */
static void
make_dir(const char *dir)
{
	struct stat st;
	char *path, *p;

	if ((path = strdup(dir)) == NULL)
		die("%s", strerror(errno));
	for (p = path + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0777) == -1 && errno != EEXIST)
			die("%s: %s", path, strerror(errno));
		*p = '/';
	}
	if (mkdir(path, 0777) == -1 && errno != EEXIST)
		die("%s: %s", path, strerror(errno));
	free(path);
	if (stat(dir, &st) == -1)
		die("%s: %s", dir, strerror(errno));
	if (!S_ISDIR(st.st_mode))
		die("%s: not a directory", dir);
}

int
main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "help",	no_argument,		NULL, 'h' },
		/* write only this file (repeatable) */
		{ "only",	required_argument,	NULL, 'o' },
		/* lines in amazon-connect.csv */
		{ "rows",	required_argument,	NULL, 'r' },
		/* PRNG seed */
		{ "seed",	required_argument,	NULL, 's' },
		{ NULL,		0,			NULL, 0 }
	};
	const char *p;
	unsigned want;
	size_t i;
	int ch;

	if (argv[0] != NULL && argv[0][0] != '\0') {
		p = strrchr(argv[0], '/');
		progname = p ? p + 1 : argv[0];
	}
	want = 0;
	opterr = 0;		/* report with progname, as other messages */
	while ((ch = getopt_long(argc, argv, ":h", longopts, NULL)) != -1) {
		switch (ch) {
		case ':':
			usage_error("option '%s' needs an argument",
			    argv[optind - 1]);
			break;
		case '?':
			if (optopt)
				usage_error("unknown option '-%c'", optopt);
			usage_error("unknown option '%s'", argv[optind - 1]);
			break;
		case 'h':
			usage(0);
			break;
		case 'o':
			if (file_bit(optarg) == 0)
				usage_error("unknown file '%s'", optarg);
			want |= file_bit(optarg);
			break;
		case 'r':
			if (parse_u64(optarg, 10, &nrows) == -1 ||
			    nrows > MAX_ROWS)
				usage_error("invalid row count '%s'", optarg);
			break;
		case 's':
			if (parse_u64(optarg, 0, &seed) == -1)
				usage_error("invalid seed '%s'", optarg);
			break;
		default:
			usage(2);
		}
	}
	argc -= optind;
	argv += optind;
	if (argc == 0)
		usage_error("missing directory");
	if (argc > 1)
		usage_error("too many arguments");
	if (want == 0)
		want = (1U << NFILES) - 1;
	outdir = argv[0];

	make_dir(outdir);
	scale_exports(nrows);
	agents_init();
	/* qa, qualtrics and decisions cite contacts: count them */
	if (!(want & file_bit("amazon-connect")) &&
	    (want & (file_bit("qa") | file_bit("qualtrics") |
	    file_bit("decisions"))))
		nslots = connect_pass(0);
	for (i = 0; i < NFILES; i++)
		if (want & 1U << i)
			files[i].gen();
	return 0;
}
