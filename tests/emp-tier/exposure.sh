# tests/emp-tier/exposure.sh: sourced by the emp-tier --exposure tests
# after lib.sh.
#   exposure_setup   policy.txt (window 14 days; level 1 limits 100 200,
#                    qa 80 of 3; level 2 limits 200 400 from 12 months,
#                    qa 90 of 3), roster.csv (ana and bo of North at level
#                    1, limit 100; cy of South at level 2, limit 400, all
#                    hired 2024-01-08) and scores.csv (weekly qa: ana 95
#                    in W08, 85 in W09 and W10, raised to 200; bo 95 of
#                    one evaluation a week, too few; cy 95 of 5)

exposure_setup() {
	cat >policy.txt <<'POL'
window 14
level 1 One
	limits 100 200
	sample 3
	min qa 80
level 2 Two
	limits 200 400
	tenures 12 12
	sample 3
	min qa 90
POL
	cat >roster.csv <<'ROS'
agent,team,hired,level,limit
ana,North,2024-01-08,1,100
bo,North,2024-01-08,1,100
cy,South,2024-01-08,2,400
ROS
	cat >scores.csv <<'SC'
period,group,key,team,qa,qa_n
2026-W08,agent,ana,North,95,5
2026-W09,agent,ana,North,85,5
2026-W10,agent,ana,North,85,5
2026-W09,agent,bo,North,95,1
2026-W10,agent,bo,North,95,1
2026-W09,agent,cy,South,95,5
2026-W10,agent,cy,South,95,5
SC
}
