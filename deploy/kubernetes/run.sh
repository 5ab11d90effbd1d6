#!/bin/sh
# Runs a survey on Kubernetes: the Indexed Job, then (once every shard succeeded) the merge Job.
#   deploy/kubernetes/run.sh [TIMEOUT]     (default 24h; kubectl's current context and namespace)
set -eu
here=$(dirname "$0")
timeout=${1:-24h}
kubectl apply -f "$here/indexed-job.yaml"
kubectl wait --for=condition=complete job/exoscope-batch --timeout="$timeout"
kubectl apply -f "$here/merge-job.yaml"
kubectl wait --for=condition=complete job/exoscope-merge --timeout=1h
echo "merged: /results/merged on the exoscope-results volume"
