// bench-duckdb.mjs: DuckDB's own time for emp-score -g agent's per-agent
// counts and means, for scripts/bench (never a dependency of emp).
//
//   node scripts/bench-duckdb.mjs MODDIR THREADS RUNS EVENTS [--five] [--print]
//
// MODDIR is the directory npm installed @duckdb/node-api into (scripts/bench
// keeps it in build/bench/duckdb-node).  Opens an in-memory DuckDB with
// threads = THREADS, runs the query once to warm up, then RUNS times, and
// prints the mean of those RUNS query times in seconds (performance.now()
// around each query: node's start, the module's load and the database's
// opening are not in it), then DuckDB's version (SELECT version()), on one
// line: "0.812345 v1.5.2".  With --print it prints the query's result
// instead, as CSV with a header of emp-scores(5) column names (empty for
// NULL), sorted by agent in byte order, for scripts/bench to compare with
// emp-score.
//
// The query (emp-score(1), emp-scores(5) for the definitions) computes
// every per-agent count and mean that emp-score -g agent writes from the
// events: contacts, aht_s, talk_s, hold_s, acw_s, occupancy, fcr,
// resolved_rate, no_escalation, transfer_rate, surveys, csat, csat_rate,
// nps, qa, confidence, esat, decisions, decision_amount, decision_s,
// decision_escalated and exits, each with its count (the _n columns).
// Means are over the events where the value is known (avg() and count()
// skip NULL, which an empty field is).  fcr is first-contact resolution
// as emp-score computes it, with its default 7-day --repeat-window: a
// contact with a customer is resolved when no contact of the same
// customer has its ts in (t, t + 7 days], counted only when t is at least
// the window before the last such contact; a window function over the
// contacts with a customer, as an analyst would write it.  A customer here
// is a field that is not empty: the words emp-score also reads as none
// (anonymous, withheld...) are not in the bench's events, whose customers
// are phone numbers, and the check would see them.  Not computed:
// what emp-score derives from those (the Wilson intervals, headcount,
// turnover, index, rank), and the minimum sample (emp-score writes a
// value only from its n = 10): scripts/bench compares only the values
// emp-score writes.  The events are read twice, once for the sums and
// once (four columns) for fcr: that was DuckDB's fastest plan here, faster
// than one scan into a materialized table or a window over every row.
//
// With --five, the narrower query the bench ran before fcr had a source
// (issue 17's first measure): contacts, and the talk_s, hold_s, acw_s and
// csat means, a fifth of the work.
//
// read_csv with the header and the dialect given and every column of the
// events' header typed explicitly, so that nothing is sniffed: kind, agent
// and customer VARCHAR, ts TIMESTAMPTZ, the durations, amounts and scores
// DOUBLE (emp-events(5) allows decimals), resolved, escalated and
// transferred INTEGER (0 or 1), every other column VARCHAR (all_varchar in
// effect for the columns the query does not use, which DuckDB's projection
// pushdown then skips).  The header is read from the file's first line.
import { createRequire } from 'node:module';
import { openSync, readSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const usage = 'usage: node scripts/bench-duckdb.mjs MODDIR THREADS RUNS EVENTS [--five] [--print]';
const [moddir, threads, runs, events, ...flags] = process.argv.slice(2);
const print = flags.includes('--print');
const five = flags.includes('--five');
if (!events || !/^[1-9][0-9]*$/.test(threads) || !/^[1-9][0-9]*$/.test(runs) ||
    flags.some((f) => f !== '--print' && f !== '--five')) {
	console.error(usage);
	process.exit(2);
}

// header(FILE): the column names of FILE's first line (the events' header
// has no quotes).
function header(file) {
	const fd = openSync(file, 'r');
	const buf = Buffer.alloc(65536);
	const n = readSync(fd, buf, 0, buf.length, 0);
	closeSync(fd);
	const line = buf.subarray(0, n).toString('utf8').split('\n')[0];
	return line.replace(/\r$/, '').split(',');
}

const typed = { kind: 'VARCHAR', agent: 'VARCHAR', customer: 'VARCHAR',
    ts: 'TIMESTAMPTZ' };
for (const c of ['talk_s', 'hold_s', 'acw_s', 'avail_s', 'amount',
    'decision_s', 'csat', 'nps', 'qa', 'confidence', 'esat'])
	typed[c] = 'DOUBLE';
for (const c of ['resolved', 'escalated', 'transferred'])
	typed[c] = 'INTEGER';
const cols = header(events);
for (const c of Object.keys(typed)) {
	if (!cols.includes(c)) {
		console.error(`bench-duckdb: ${events}: no column '${c}'`);
		process.exit(1);
	}
}
const q = (s) => `'${s.replace(/'/g, "''")}'`;
const columns = cols.map((c) => `${q(c)}: ${q(typed[c] ?? 'VARCHAR')}`).join(', ');
const src = `read_csv(${q(resolve(events))}, header = true, delim = ',', quote = '"',
    escape = '"', auto_detect = false, columns = {${columns}})`;
const window = 7 * 86400 * 1000;	// emp-score's --repeat-window, ms

// mean(COL, KIND): the mean of COL over the events of KIND (any: null)
// where it is known, and its count.
const c = (kind) => (kind ? ` FILTER (WHERE kind = '${kind}')` : '');
const mean = (name, expr, kind) =>
	`avg(${expr})${c(kind)} AS ${name}, count(${expr})${c(kind)} AS ${name}_n`;
// rate(NAME, YES, KNOWN, KIND): the share of the events of KIND where
// KNOWN is known that are YES, and their count.
const rate = (name, yes, known, kind) =>
	`count(*) FILTER (WHERE kind = '${kind}' AND ${yes}) / ` +
	`nullif(count(${known})${c(kind)}, 0) AS ${name}, ` +
	`count(${known})${c(kind)} AS ${name}_n`;
const busy = 'coalesce(talk_s, 0) + coalesce(hold_s, 0) + coalesce(acw_s, 0)';

const sql = five ? `SELECT agent,
	count(*) FILTER (WHERE kind = 'contact') AS contacts,
	avg(talk_s) FILTER (WHERE kind = 'contact') AS talk_s,
	avg(hold_s) FILTER (WHERE kind = 'contact') AS hold_s,
	avg(acw_s) FILTER (WHERE kind = 'contact') AS acw_s,
	avg(csat) AS csat
FROM ${src}
GROUP BY agent` : `WITH e AS (SELECT * FROM ${src}),
c AS (SELECT agent, epoch_ms(ts) AS t,
	count(*) OVER (PARTITION BY customer ORDER BY epoch_ms(ts)
	    RANGE BETWEEN 1 FOLLOWING AND ${window} FOLLOWING) AS repeats
	FROM e WHERE kind = 'contact' AND customer <> ''),
f AS (SELECT agent,
	count(*) FILTER (WHERE t <= h AND repeats = 0) / nullif(count(*) FILTER (WHERE t <= h), 0) AS fcr,
	count(*) FILTER (WHERE t <= h) AS fcr_n
	FROM (SELECT *, max(t) OVER () - ${window} AS h FROM c) GROUP BY agent),
s AS (SELECT agent,
	count(*) FILTER (WHERE kind = 'contact') AS contacts,
	${mean('aht_s', 'talk_s + hold_s + acw_s', 'contact')},
	${mean('talk_s', 'talk_s', 'contact')},
	${mean('hold_s', 'hold_s', 'contact')},
	${mean('acw_s', 'acw_s', 'contact')},
	sum(${busy}) FILTER (WHERE kind = 'state') /
	    nullif(sum(${busy} + coalesce(avail_s, 0)) FILTER (WHERE kind = 'state'), 0) AS occupancy,
	count(*) FILTER (WHERE kind = 'state') AS occupancy_n,
	${rate('resolved_rate', 'resolved <> 0', 'resolved', 'contact')},
	${rate('no_escalation', 'resolved <> 0 AND coalesce(escalated, 0) = 0 AND coalesce(transferred, 0) = 0', 'resolved', 'contact')},
	${rate('transfer_rate', 'transferred <> 0', 'transferred', 'contact')},
	count(*) FILTER (WHERE csat IS NOT NULL OR nps IS NOT NULL) AS surveys,
	${mean('csat', 'csat')},
	count(*) FILTER (WHERE csat >= 4) / nullif(count(csat), 0) AS csat_rate, count(csat) AS csat_rate_n,
	100.0 * (count(*) FILTER (WHERE nps >= 9) - count(*) FILTER (WHERE nps <= 6)) /
	    nullif(count(nps), 0) AS nps, count(nps) AS nps_n,
	${mean('qa', 'qa')},
	${mean('confidence', 'confidence', 'pulse')},
	${mean('esat', 'esat', 'pulse')},
	count(*) FILTER (WHERE kind = 'decision') AS decisions,
	coalesce(sum(amount) FILTER (WHERE kind = 'decision'), 0) AS decision_amount,
	${mean('decision_s', 'decision_s', 'decision')},
	${rate('decision_escalated', 'escalated <> 0', 'escalated', 'decision')},
	count(*) FILTER (WHERE kind = 'exit') AS exits
	FROM e GROUP BY agent)
SELECT s.*, f.fcr, coalesce(f.fcr_n, 0) AS fcr_n FROM s LEFT JOIN f USING (agent)`;

const require = createRequire(resolve(moddir) + '/');
const { DuckDBInstance } = require('@duckdb/node-api');
const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const con = await db.connect();

if (print) {
	const res = await con.runAndReadAll(sql);
	const rows = res.getRows();
	rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	console.log(res.columnNames().join(','));
	for (const r of rows)
		console.log(r.map((v) => (v === null ? '' : String(v))).join(','));
} else {
	await con.runAndReadAll(sql);		// warm-up
	let total = 0;
	for (let i = 0; i < Number(runs); i++) {
		const t0 = performance.now();
		await con.runAndReadAll(sql);
		total += performance.now() - t0;
	}
	const v = (await con.runAndReadAll('SELECT version()')).getRows()[0][0];
	console.log(`${(total / Number(runs) / 1000).toFixed(6)} ${v}`);
}
con.closeSync();
db.closeSync();
