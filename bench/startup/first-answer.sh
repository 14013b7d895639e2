# Sourced by measure.sh and compare.sh: one timed start, from launch to the first answered query that reads the database.
#   port=$(free_port)
#   await_first_answer PID PORT QUERY WORK BEGIN_NS   # prints "wall_ms cpu_ms", then stops the server by its process id
# The CPU is the server's own (user + system from /proc, at the first answer): far less sensitive to a busy machine than
# wall time. Loopback only; bounded at about 5 minutes.

# A port nobody listens on (other servers share this machine).
free_port() {
  local port
  while :; do port=$((20000 + RANDOM % 20000)); ss -ltn | grep -q ":$port " || break; done
  echo "$port"
}

await_first_answer() {
  local pid=$1 port=$2 query=$3 work=$4 begin=$5 end cpu
  for _ in $(seq 1 30000); do
    if curl -s -o "$work/answer.json" -w '%{http_code}' -H 'Content-Type: application/json' -d "$query" \
         "http://127.0.0.1:$port/graphql" 2>/dev/null | grep -q '^200$' && grep -q '"data"' "$work/answer.json"; then
      end=$(date +%s%N)
      cpu=$(awk '{print $14 + $15}' "/proc/$pid/stat")
      kill "$pid"; wait "$pid" 2>/dev/null || true
      echo "$(((end - begin) / 1000000)) $((cpu * 1000 / $(getconf CLK_TCK)))"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; return 1; }
    sleep 0.01
  done
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "no answer within 5 minutes" >&2
  return 1
}
