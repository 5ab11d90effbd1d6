#!/usr/bin/env bash
# Runs deploy/slurm on a real Slurm cluster of one node started on this machine, and checks it.
#
#   scripts/slurm-smoke.sh            # as root on Debian; uses .build/release/exoscope
#
# 1. Installs Debian's slurm-wlm and munge when missing; starts munged, slurmctld and slurmd
#    (2 CPUs, proctrack/linuxproc, task/none: no cgroups needed) with their files in a temporary folder.
# 2. Submits deploy/slurm/submit.sh over a manifest of the shared FITS files in 4 shards (the merge
#    chained with --dependency=afterok on the array's id from sbatch --parsable), waits, and checks
#    that OUT/merged equals one `exoscope batch` run on this machine.
# 3. Submits again into a fresh folder, cancels one shard after its first stars are journalled,
#    resubmits that shard alone with a new merge, and checks that the merge again equals the single
#    run and that the shard's journal holds each of its stars once.
# Stops the daemons by their pid files on exit (and removes the folder when it passed). EXOSCOPE=PATH and EXOSCOPE_DATA=DIR override the
# executable and the data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
exoscope=$(realpath "${EXOSCOPE:-.build/release/exoscope}")
data=$(realpath "${EXOSCOPE_DATA:-../shared/data}")
shards=4
started=$(date +%s)

say() { echo "slurm-smoke [$(( $(date +%s) - started ))s]: $*"; }
fail() { echo "slurm-smoke: FAIL: $*" >&2; exit 1; }

[ "$(id -u)" = 0 ] || fail "run as root (installs packages, starts the Slurm daemons)"
[ -x "$exoscope" ] || fail "no executable at $exoscope (build first, or set EXOSCOPE)"
[ -d "$data/fits" ] || fail "no shared data at $data (set EXOSCOPE_DATA)"

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v munged >/dev/null; then
  say "installing slurm-wlm and munge"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null
fi

work=$(mktemp -d /tmp/exoscope-slurm-XXXXXX)
chmod 755 "$work"
stop() {
  for daemon in slurmd slurmctld munged; do
    if [ -s "$work/$daemon.pid" ]; then
      pid=$(cat "$work/$daemon.pid")
      kill "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
  done
}
passed=0
finish() {
  stop
  if [ "$passed" = 1 ]; then rm -rf "$work"; else echo "slurm-smoke: files and daemon logs kept in $work" >&2; fi
}
trap finish EXIT

# --- the cluster --------------------------------------------------------------------------------
dd if=/dev/urandom of="$work/munge.key" bs=1024 count=1 status=none
chmod 600 "$work/munge.key"
munged --force --key-file="$work/munge.key" --socket="$work/munge.socket" --pid-file="$work/munged.pid" \
  --log-file="$work/munged.log" --seed-file="$work/munged.seed"

node=$(hostname -s)
# Two free TCP ports, so that a second smoke run or a real Slurm on this machine does not collide.
read -r ctld_port slurmd_port < <(python3 -c '
import socket
sockets = [socket.socket() for _ in range(2)]
for s in sockets: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in sockets))')
mkdir -p "$work/state" "$work/spool"
cat > "$work/slurm.conf" <<EOF
ClusterName=exoscope-smoke
SlurmctldHost=$node(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$work/munge.socket
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
MpiDefault=none
ReturnToService=2
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/slurmctld.pid
SlurmdPidFile=$work/slurmd.pid
SlurmctldLogFile=$work/slurmctld.log
SlurmdLogFile=$work/slurmd.log
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
JobCompType=jobcomp/none
MinJobAge=600
NodeName=$node NodeAddr=127.0.0.1 CPUs=2 RealMemory=2048 State=UNKNOWN
PartitionName=smoke Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF
export SLURM_CONF=$work/slurm.conf
slurmctld -f "$SLURM_CONF"
slurmd -f "$SLURM_CONF"
for _ in $(seq 100); do
  state=$(sinfo -h -N -o %t 2>/dev/null || true)
  [ "$state" = idle ] && break
  sleep 0.2
done
[ "$state" = idle ] || fail "the node did not come up (state '$state'); see $work/slurmctld.log, $work/slurmd.log"
say "cluster up: $(sinfo -h -N -o '%N %c CPUs %t')"

# --- the survey ---------------------------------------------------------------------------------
manifest=$work/stars.csv
{ echo file; find "$data/fits" -type f \( -name '*.fits' -o -name '*.fits.gz' \) | sort; } > "$manifest"
say "manifest: $(($(wc -l < "$manifest") - 1)) shared files"

"$exoscope" batch --manifest "$manifest" --out "$work/single" --no-progress --failures-ok > "$work/single.log" 2>&1
say "single-machine run: $(tail -1 "$work/single.log")"

# Waits until none of the given jobs is pending or running.
wait_for() {
  for _ in $(seq 3000); do
    [ -z "$(squeue -h -j "$(IFS=,; echo "$*")" 2>/dev/null)" ] && return 0
    sleep 0.2
  done
  fail "jobs $* did not finish in 10 minutes"
}
# The state of each task of a job, as "JOBID_TASK STATE" lines.
states() { scontrol -o show job "$1" | sed -E 's/.*JobId=([0-9]+).*ArrayTaskId=([0-9]+).*JobState=([A-Z_]+).*/\1_\2 \3/'; }
same() {
  for file in signals.csv signals.jsonl failures.csv failures.jsonl; do
    cmp -s "$1/$file" "$work/single/$file" || fail "$1/$file differs from the single run's"
  done
}

export EXOSCOPE=$exoscope
read -r array merge < <(deploy/slurm/submit.sh "$manifest" "$work/run1" "$shards" --cpus-per-task=1)
say "submitted array $array and merge $merge (afterok:$array)"
wait_for "$array" "$merge"
[ -f "$work/run1/merged/signals.csv" ] || fail "no merged output; logs: $(ls "$work/run1")"
same "$work/run1/merged"
say "merged output of $shards shards equals the single run ($(($(wc -l < "$work/run1/merged/signals.csv") - 1)) signal rows)"
for ((index = 0; index < shards; index++)); do
  log=$work/run1/exoscope-${array}_$index.log
  sed 's/^/  /' "$log"
  # --cpus-per-task=1 reached exoscope as --threads 1.
  grep -q "batch: 1 job at once, 1 thread each" "$log" || fail "task $index did not run with the allocation's 1 CPU"
done

# --- cancel one shard mid-run, resubmit it --------------------------------------------------------
# Finished stars of a journal (ok or failed lines), one star id a line.
finished() {
  python3 -c 'import json, sys; [print(e["star"]) for e in map(json.loads, open(sys.argv[1])) if e["status"] != "started"]' "$1"
}
# The victim: the shard with the most stars, so that it is still running when cancelled.
victim=0 most=0
for ((index = 0; index < shards; index++)); do
  count=$(finished "$work/run1/shard-$index-of-$shards/journal.jsonl" | wc -l)
  if [ "$count" -gt "$most" ]; then victim=$index most=$count; fi
done
read -r array merge < <(deploy/slurm/submit.sh "$manifest" "$work/run2" "$shards" --cpus-per-task=1)
journal=$work/run2/shard-$victim-of-$shards/journal.jsonl
for _ in $(seq 6000); do
  [ -s "$journal" ] && [ -n "$(finished "$journal")" ] && break
  sleep 0.05
done
scancel "${array}_$victim"
done_before=$(finished "$journal" | wc -l)
[ "$done_before" -ge 1 ] || fail "shard $victim finished no star before the cancel"
say "cancelled task ${array}_$victim after $done_before of its $most stars"
wait_for "$array"   # the other tasks
states "$array" | sed 's/^/  /'
states "$array" | grep -q "_$victim CANCELLED" || fail "task $victim was not cancelled mid-run"
scancel "$merge"   # its afterok can no longer be met

resubmitted=$(SHARDS=$shards MANIFEST=$manifest OUT=$work/run2 sbatch --parsable --array=$victim --cpus-per-task=1 \
  --chdir="$work/run2" deploy/slurm/exoscope-array.sbatch)
merge=$(SHARDS=$shards OUT=$work/run2 sbatch --parsable --dependency=afterok:"$resubmitted" --chdir="$work/run2" \
  deploy/slurm/exoscope-merge.sbatch)
say "resubmitted shard $victim as $resubmitted, merge $merge"
wait_for "$resubmitted" "$merge"
[ -f "$work/run2/merged/signals.csv" ] || fail "no merged output after the resubmission"
same "$work/run2/merged"
stars=$(finished "$journal" | sort)
[ -z "$(echo "$stars" | uniq -d)" ] || fail "stars finished twice in shard $victim: $(echo "$stars" | uniq -d)"
[ "$(echo "$stars" | wc -l)" = "$most" ] || fail "shard $victim finished $(echo "$stars" | wc -l) stars, not $most"
for file in signals.csv signals.jsonl failures.csv failures.jsonl; do
  cmp -s "$work/run2/shard-$victim-of-$shards/$file" "$work/run1/shard-$victim-of-$shards/$file" \
    || fail "shard $victim's $file differs from the uninterrupted run's"
done
sed 's/^/  /' "$work/run2/exoscope-${resubmitted}_$victim.log"
say "after the resubmission: shard $victim finished each of its $most stars once" \
  "($done_before before the cancel); its files and the merged output equal the uninterrupted runs"
passed=1
say "PASS in $(( $(date +%s) - started )) s"
