// bench-duckdb.mjs: DuckDB's own time for emp-score -g agent's per-agent
// counts and means, for scripts/bench (never a dependency of emp).
//
//   node scripts/bench-duckdb.mjs MODDIR THREADS RUNS EVENTS [--print]
//
// MODDIR is the directory npm installed @duckdb/node-api into (scripts/bench
// keeps it in build/bench/duckdb-node).  Opens an in-memory DuckDB with
// threads = THREADS, runs the query once to warm up, then RUNS times, and
// prints the mean of those RUNS query times in seconds (performance.now()
// around each query: node's start, the module's load and the database's
// opening are not in it), then DuckDB's version (SELECT version()), on one
// line: "0.812345 v1.5.2".  With --print it prints the query's result
// instead, as CSV (agent,contacts,talk_s,hold_s,acw_s,csat; empty for NULL),
// sorted by agent in byte order, for scripts/bench to compare with emp-score.
//
// The query computes what emp-score -g agent writes in its agent rows for
// contacts, talk_s, hold_s, acw_s and csat (emp-score(1), emp-scores(5)):
// contacts is the number of contact events; talk_s, hold_s and acw_s are
// means over the contact events where the value is known (avg() skips
// NULL, which an empty field is); csat is the mean over the events of any
// kind that carry one.  emp-score also writes a value empty below its
// minimum sample (10): --print does not, scripts/bench compares only the
// values emp-score writes.
//
// read_csv with the header and the dialect given and every column of the
// events' header typed explicitly, so that nothing is sniffed: kind and
// agent VARCHAR, talk_s, hold_s, acw_s and csat DOUBLE (emp-events(5)
// allows decimals), every other column VARCHAR (all_varchar in effect for
// the columns the query does not use, which DuckDB's projection pushdown
// then skips).  The header is read from the file's first line.
import { createRequire } from 'node:module';
import { openSync, readSync, closeSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const usage = 'usage: node scripts/bench-duckdb.mjs MODDIR THREADS RUNS EVENTS [--print]';
const [moddir, threads, runs, events, mode] = process.argv.slice(2);
if (!events || !/^[1-9][0-9]*$/.test(threads) || !/^[1-9][0-9]*$/.test(runs) ||
    (mode !== undefined && mode !== '--print')) {
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

const typed = { kind: 'VARCHAR', agent: 'VARCHAR', talk_s: 'DOUBLE',
    hold_s: 'DOUBLE', acw_s: 'DOUBLE', csat: 'DOUBLE' };
const cols = header(events);
for (const c of Object.keys(typed)) {
	if (!cols.includes(c)) {
		console.error(`bench-duckdb: ${events}: no column '${c}'`);
		process.exit(1);
	}
}
const q = (s) => `'${s.replace(/'/g, "''")}'`;
const columns = cols.map((c) => `${q(c)}: ${q(typed[c] ?? 'VARCHAR')}`).join(', ');
const sql = `SELECT agent,
	count(*) FILTER (WHERE kind = 'contact') AS contacts,
	avg(talk_s) FILTER (WHERE kind = 'contact') AS talk_s,
	avg(hold_s) FILTER (WHERE kind = 'contact') AS hold_s,
	avg(acw_s) FILTER (WHERE kind = 'contact') AS acw_s,
	avg(csat) AS csat
FROM read_csv(${q(resolve(events))}, header = true, delim = ',', quote = '"',
    escape = '"', auto_detect = false, columns = {${columns}})
GROUP BY agent`;

const require = createRequire(resolve(moddir) + '/');
const { DuckDBInstance } = require('@duckdb/node-api');
const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const con = await db.connect();

if (mode === '--print') {
	const rows = (await con.runAndReadAll(sql)).getRows();
	rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	console.log('agent,contacts,talk_s,hold_s,acw_s,csat');
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
