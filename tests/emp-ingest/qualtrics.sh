# tests/emp-ingest/qualtrics.sh: sourced by the Qualtrics tests (0320-).
#
#   qualtrics_header [ZONE]   the three header rows of a Qualtrics CSV
#                             export (names, question texts, ImportId
#                             objects; ZONE the timeZone of the date
#                             columns, default America/Denver), on stdout
#   qualtrics_rows            its data rows, on stdout (lines 4-14)
#
# The layout is Qualtrics' own: the fixed columns, the NPS question Q1
# with its Q1_NPS_GROUP, a text question Q2, then the embedded data
# agent, team and ticket.

qualtrics_names() {
	echo 'StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,RecipientLastName,RecipientFirstName,RecipientEmail,ExternalReference,LocationLatitude,LocationLongitude,DistributionChannel,UserLanguage,Q1,Q1_NPS_GROUP,Q2,agent,team,ticket'
}

qualtrics_texts() {
	echo 'Start Date,End Date,Response Type,IP Address,Progress,Duration (in seconds),Finished,Recorded Date,Response ID,Recipient Last Name,Recipient First Name,Recipient Email,External Data Reference,Location Latitude,Location Longitude,Distribution Channel,User Language,How likely are you to recommend us to a friend?,How likely are you to recommend us to a friend? - Group,"What is the main reason for your score? (optional, in your words)",agent,team,ticket'
}

qualtrics_ids() {
	z=${1:-America/Denver}
	printf '"{""ImportId"":""startDate"",""timeZone"":""%s""}","{""ImportId"":""endDate"",""timeZone"":""%s""}",' "$z" "$z"
	printf '"{""ImportId"":""%s""}",' status ipAddress progress duration finished
	printf '"{""ImportId"":""recordedDate"",""timeZone"":""%s""}",' "$z"
	printf '"{""ImportId"":""%s""}",' _recordId recipientLastName \
	    recipientFirstName recipientEmail externalDataReference \
	    locationLatitude locationLongitude distributionChannel \
	    userLanguage QID1 QID1_NPS_GROUP QID2_TEXT agent team
	printf '"{""ImportId"":""ticket""}"\n'
}

qualtrics_header() {
	qualtrics_names
	qualtrics_texts
	qualtrics_ids "$@"
}

# 4 5: two responses; 6: unfinished; 7 8: either side of the spring
# change (America/Denver, 2026-03-08 02:00); 9: a score of 11; 10: a
# group that contradicts the score; 11: no agent; 12: no NPS answer; 13:
# 01:30 on the autumn change (twice: the first); 14: a labelled group and
# Finished True
qualtrics_rows() {
	cat <<'EOF'
2026-03-02 09:10:02,2026-03-02 09:15:29,0,203.0.113.7,100,327,1,2026-03-02 09:15:30,R_1a2B3c4D5e6F7g8,,,,,39.7392,-104.9903,email,EN,9,3,"Quick, friendly",ana,Denver,48213
2026-03-02 16:58:00,2026-03-02 17:01:10,0,203.0.113.8,100,190,1,2026-03-02 17:01:11,R_2b3C4d5E6f7G8h9,,,,,,,email,EN,3,1,Waited too long,ben,Denver,48214
2026-03-03 07:55:00,2026-03-03 07:56:12,0,203.0.113.9,40,72,0,2026-03-10 07:56:12,R_3c4D5e6F7g8H9i0,,,,,,,email,EN,,,,cy,Denver,48215
2026-03-08 01:29:00,2026-03-08 01:29:59,0,203.0.113.10,100,59,1,2026-03-08 01:30:00,R_4d5E6f7G8h9I0j1,,,,,,,anonymous,EN,10,3,,cy,Boulder,48216
2026-03-08 03:29:00,2026-03-08 03:29:59,0,203.0.113.11,100,59,1,2026-03-08 03:30:00,R_5e6F7g8H9i0J1k2,,,,,,,anonymous,EN,7,2,Fine,ana,Denver,48217
2026-03-09 10:00:00,2026-03-09 10:01:00,0,203.0.113.12,100,60,1,2026-03-09 10:01:00,R_6f7G8h9I0j1K2l3,,,,,,,email,EN,11,3,,ben,Denver,48218
2026-03-09 11:00:00,2026-03-09 11:01:00,0,203.0.113.13,100,60,1,2026-03-09 11:01:00,R_7g8H9i0J1k2L3m4,,,,,,,email,EN,9,1,,ben,Denver,48219
2026-03-09 12:00:00,2026-03-09 12:01:00,0,203.0.113.14,100,60,1,2026-03-09 12:01:00,R_8h9I0j1K2l3M4n5,,,,,,,email,EN,8,2,,,,48220
2026-03-09 13:00:00,2026-03-09 13:01:00,0,203.0.113.15,100,60,1,2026-03-09 13:01:00,R_9i0J1k2L3m4N5o6,,,,,,,email,EN,,,No answer,ana,Denver,48221
2026-11-01 01:29:00,2026-11-01 01:29:59,0,203.0.113.16,100,59,1,2026-11-01 01:30:00,R_0j1K2l3M4n5O6p7,,,,,,,email,EN,8,2,,cy,Boulder,48222
2026-11-02 10:00:00,2026-11-02 10:00:30,0,203.0.113.17,100,30,True,2026-11-02 10:00:31,R_Aa1Bb2Cc3Dd4Ee5,,,,,,,email,EN,6,Detractor,Slow,ana,Denver,48223
EOF
}
