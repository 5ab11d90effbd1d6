#!/bin/sh
# Regenerates Sources/ExoClassifier/Generated/*.pb.swift from Protos/ (not run by CI).
# Needs protoc (apt-get install protobuf-compiler) and protoc-gen-swift 1.39.0 on PATH, built with
#   git clone --branch 1.39.0 https://github.com/apple/swift-protobuf && cd swift-protobuf &&
#   swift build -c release --product protoc-gen-swift
set -eu
cd "$(dirname "$0")/.."
protoc --proto_path=Protos --swift_opt=Visibility=Internal --swift_out=Sources/ExoClassifier/Generated \
    Protos/tensorflow/feature.proto Protos/tensorflow/example.proto
