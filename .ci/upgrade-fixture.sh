#!/usr/bin/env bash
# Regenerates src/test/resources/upgrade/previous-release.sql.gz, the database UpgradeFromPreviousReleaseTest
# upgrades: the given release (default: the last one) runs on a fresh PostgreSQL database, is driven through its
# public API and engine REST to leave one recruitment round and one promotion round mid-way, and is dumped.
# Usage: bash .ci/upgrade-fixture.sh [<git ref of the previous release>]   (needs PostgreSQL on 127.0.0.1:5432,
# trust auth, curl, jq, gzip). PREV_DIR=<a checkout of that release, already packaged> skips the checkout and build.
# Then update PREVIOUS_RELEASE in the test and the README if the ref changed.
set -euo pipefail
cd "$(dirname "$0")/.."
REF=${1:-49134b1}
ROOT=$PWD
OUT=${OUT:-$ROOT/src/test/resources/upgrade/previous-release.sql.gz}
DB=noivu_upgrade_fixture
WT=${PREV_DIR:-$(mktemp -d /tmp/noivu-prev-XXXXXX)}
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
B=http://127.0.0.1:$PORT
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q)
APP=

cleanup() {
  [ -n "$APP" ] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null
  [ -z "${PREV_DIR:-}" ] && { git -C "$ROOT" worktree remove --force "$WT" 2>/dev/null || rm -rf "$WT"; }
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" || true
}
trap cleanup EXIT

if [ -z "${PREV_DIR:-}" ]; then
  rmdir "$WT" && git worktree add --detach "$WT" "$REF"
  (cd "$WT" && ./mvnw -B -q -DskipTests -DskipLint package)
fi
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

# The job executor is off so that nothing moves but what this script does (timers are fired through engine REST).
(cd "$WT" && DB_URL=jdbc:postgresql://127.0.0.1:5432/$DB PORT=$PORT exec java -jar target/noivu-bpm-*.jar \
  --spring.profiles.active=postgres,demo --camunda.bpm.job-execution.enabled=false > "$WT/app.log" 2>&1) &
APP=$!
for _ in $(seq 1 180); do
  curl -fs "$B/actuator/health" | grep -q UP && break
  kill -0 "$APP" 2>/dev/null || { tail -50 "$WT/app.log"; exit 1; }
  sleep 1
done

TODAY=$(TZ=Asia/Ho_Chi_Minh date +%F)
plus() { TZ=Asia/Ho_Chi_Minh date -d "$TODAY + $1 days" +%F; }
ago() { TZ=Asia/Ho_Chi_Minh date -d "$TODAY - $1 years" +%F; }
YEAR=${TODAY%%-*}
call() { # user method path [json]: prints the body, fails on an HTTP error
  local args=(-fsS -X "$2" -H 'Content-Type: application/json')
  [ "$1" != - ] && args+=(-u "$1:$1")
  [ $# -ge 4 ] && args+=(-d "$4")
  curl "${args[@]}" "$B$3"
}
complete() { # user instance taskKey variables
  local task
  task=$(call "$1" GET "/engine-rest/task?processInstanceId=$2&taskDefinitionKey=$3" | jq -r '.[0].id')
  call "$1" POST "/engine-rest/task/$task/complete" "{\"variables\": $4}"
}
fire_timer() { # instance
  local job
  job=$(call admin GET "/engine-rest/job?processInstanceId=$1&timers=true" | jq -r '.[0].id')
  call admin POST "/engine-rest/job/$job/execute" '{}'
}
APPROVED='{"approved": {"value": true, "type": "Boolean"}}'

# (a) Recruitment round UP-TD-1: planned, approved, four applications, eligibility checked and approved, round 1
#     scored; left waiting for the round-2 scores (status THI_VONG_2).
TD=$(call chuyenvien POST /api/recruitment/rounds "{\"code\": \"UP-TD-1\",
  \"title\": \"Tuyển dụng công chức Sở Nội vụ (kỳ trước nâng cấp)\", \"agency\": \"Sở Nội vụ\", \"method\": \"THI_TUYEN\",
  \"noticeDate\": \"$TODAY\", \"applicationDeadline\": \"$(plus 30)\", \"positions\": [
   {\"code\": \"PC\", \"title\": \"Chuyên viên pháp chế\", \"rank\": \"CHUYEN_VIEN\", \"quota\": 1, \"minDegree\": \"DAI_HOC\",
    \"majors\": [\"Luật\"], \"round2Format\": \"VIET_PHONG_VAN\"},
   {\"code\": \"VT\", \"title\": \"Nhân viên văn thư\", \"rank\": \"NHAN_VIEN\", \"quota\": 1, \"minDegree\": \"TRUNG_CAP\",
    \"round2Format\": \"VAN_DAP\"}]}" | jq -r .processInstanceId)
complete lanhdao "$TD" approvePlan "$APPROVED"
apply() { # name citizenId birth position major: prints the application number (201 in this release)
  call - POST /api/recruitment/rounds/UP-TD-1/applications "{\"fullName\": \"$1\", \"citizenId\": \"$2\",
    \"dateOfBirth\": \"$3\", \"gender\": \"NU\", \"email\": \"$2@noivu.local\", \"phone\": \"0912345678\",
    \"positionCode\": \"$4\", \"degree\": {\"level\": \"DAI_HOC\", \"major\": \"$5\"}, \"priorityCategories\": []}" \
    | jq -r .applicationNumber
}
MAI=$(apply "Lê Thị Mai" 009900000001 1998-05-01 PC "Luật")
LAN=$(apply "Trần Thị Lan" 009900000002 1997-01-20 PC "Luật")
apply "Phạm Minh" 009900000003 "$(TZ=Asia/Ho_Chi_Minh date -d "$(plus 30) - 17 years" +%F)" PC "Luật" > /dev/null
apply "Ngô Thị Hoa" 009900000004 1995-09-09 VT "Văn thư" > /dev/null
fire_timer "$TD"
complete hoidong "$TD" approveEligibleList "$APPROVED"
call hoidong POST /api/recruitment/rounds/UP-TD-1/scores "{\"stage\": \"VONG_1\", \"scores\": [
  {\"applicationNumber\": \"$MAI\", \"correctAnswers\": 40, \"totalQuestions\": 60},
  {\"applicationNumber\": \"$LAN\", \"correctAnswers\": 30, \"totalQuestions\": 60}]}" > /dev/null
[ "$(call chuyenvien GET /api/recruitment/rounds/UP-TD-1 | jq -r .status)" = THI_VONG_2 ]

# (b) Promotion round UP-TH-1: register imported, plan approved, four nominees in; left before the filing deadline
#     (timer pending; eligibility, council, selection, publication and appointments still to come).
R="$(ago 10)"
printf '%s\r\n' \
  "citizenId;fullName;gender;dateOfBirth;ethnicity;staffType;unitCode;unitName;rankCode;rankName;rankSince;equivalentMonths;serviceStart;rating$((YEAR-1));rating$((YEAR-2));rating$((YEAR-3));disciplineKind;disciplineUntil;achievementTitle;achievementLevel;achievementYear" \
  "009800000001;Nguyễn Văn An;NAM;1982-01-01;Kinh;VIEN_CHUC;BV;Bệnh viện;V.HC.III;Chuyên viên;$R;0;2010-01-01;HOAN_THANH_TOT;HOAN_THANH_TOT;HOAN_THANH_TOT;;;Bằng khen của Chủ tịch UBND tỉnh;BO_TINH;$((YEAR-2))" \
  "009800000002;Trần Thị Bình;NU;1984-05-05;Tày;VIEN_CHUC;BV;Bệnh viện;V.HC.III;Chuyên viên;$R;0;2011-01-01;HOAN_THANH_XUAT_SAC;HOAN_THANH_XUAT_SAC;HOAN_THANH_XUAT_SAC;;;;;" \
  "009800000003;Lê Văn Cường;NAM;1980-01-01;Kinh;VIEN_CHUC;BV;Bệnh viện;V.HC.III;Chuyên viên;$R;0;2009-01-01;HOAN_THANH_XUAT_SAC;HOAN_THANH_XUAT_SAC;HOAN_THANH_XUAT_SAC;Khiển trách;$(plus 180);;;" \
  "009800000004;Phạm Văn Dũng;NAM;1979-01-01;Kinh;VIEN_CHUC;BV;Bệnh viện;V.HC.III;Chuyên viên;$R;0;2008-01-01;HOAN_THANH_XUAT_SAC;HOAN_THANH_XUAT_SAC;HOAN_THANH_XUAT_SAC;;;;;" \
  > "$WT/register.csv"
curl -fsS -u chuyenvien:chuyenvien -F "file=@$WT/register.csv;type=text/csv" "$B/api/personnel/import" > /dev/null
TH=$(call chuyenvien POST /api/promotion/rounds "{\"code\": \"UP-TH-1\",
  \"title\": \"Xét thăng hạng II viên chức hành chính (kỳ trước nâng cấp)\", \"authority\": \"Sở Nội vụ\",
  \"staffType\": \"VIEN_CHUC\", \"method\": \"XET\", \"targetTitle\": \"VC_HANH_CHINH_HANG_II\", \"quota\": 2,
  \"roundDate\": \"$TODAY\", \"filingDeadline\": \"$(plus 20)\", \"councilMembers\": 5}" | jq -r .processInstanceId)
complete lanhdao "$TH" approvePlan "$APPROVED"
for n in 1 2 3 4; do
  call chuyenvien POST /api/promotion/rounds/UP-TH-1/nominations \
    "{\"citizenId\": \"00980000000$n\", \"certificatesMet\": true}" > /dev/null
done

call chuyenvien GET /api/recruitment/rounds/UP-TD-1 | jq -c '{code, status}'
call chuyenvien GET /api/promotion/rounds/UP-TH-1 | jq -c '{code, status}'
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=

# Plain SQL, one multi-row INSERT per 200 rows, no owner or grants: the test loads it over JDBC into any database.
# psql's meta-commands (\restrict of pg_dump 15.14+) are dropped: JDBC cannot run them.
pg_dump -h 127.0.0.1 -U postgres --inserts --rows-per-insert=200 --no-owner --no-privileges "$DB" \
  | grep -Ev '^\\(un)?restrict ' | gzip -9n > "$OUT"
ls -l "$OUT"
