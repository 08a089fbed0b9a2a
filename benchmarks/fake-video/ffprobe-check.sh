#!/usr/bin/env bash
# The by-hand check of the fake's MP4 with FFmpeg's own tools (CI does not run it: its machines need not have them).
# Starts the standalone fake on 127.0.0.1 (a free port), creates a task for every resolution x aspect ratio x duration
# the API accepts and one with every field left out, downloads each video, and compares what ffprobe reads (codecs,
# size, frame rate, frame count, durations, audio layout) with the request; then decodes each file with
# `ffmpeg -v error -i FILE -f null -`, which must print nothing. Prints a Markdown table and a closing count.
#
#   bash benchmarks/fake-video/ffprobe-check.sh            # needs ffprobe and ffmpeg (Debian: apt-get install ffmpeg)
#   options: --keep DIR   keep the downloaded MP4s in DIR
#
# ffprobe prints its fields in its own order (stream fields before duration and frame count), so the expected rows
# follow that order.
# Exits 2 when ffprobe or ffmpeg is not installed (it never reports a check it did not make), 1 on any difference.
set -euo pipefail
export LC_ALL=C DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
keep=""
while (( $# > 0 )); do
  case $1 in
    --keep) keep=$2; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

for tool in ffprobe ffmpeg curl; do
  if ! command -v "$tool" > /dev/null; then
    echo "$tool was not found: nothing was checked (Debian: apt-get install ffmpeg curl)" >&2
    exit 2
  fi
done

work=$(mktemp -d -t veo-fake-video.XXXXXX)
fake_pid=""
cleanup() {
  [[ -z $fake_pid ]] || kill "$fake_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

dotnet build "$repo/src/Veo.Contract.FakeServer/Veo.Contract.FakeServer.csproj" -c Release -nologo -tl:off > "$work/build.log" 2>&1 \
  || { cat "$work/build.log" >&2; exit 1; }
dotnet "$repo/src/Veo.Contract.FakeServer/bin/Release/net10.0/Veo.Contract.FakeServer.dll" \
  --urls http://127.0.0.1:0 --complete-after 1s > "$work/fake.log" 2>&1 &
fake_pid=$!
for _ in $(seq 1 100); do
  grep -q 'listening on' "$work/fake.log" && break
  sleep 0.2
done
base=$(sed -n 's/^Fake Veo server listening on //p' "$work/fake.log")
[[ -n $base ]] || { cat "$work/fake.log" >&2; exit 1; }

# name | resolution | aspect ratio | duration (empty: left out) | expected width x height | expected seconds
formats=(
  "720p-16x9-4|720p|16:9|4|1280x720|4" "720p-16x9-6|720p|16:9|6|1280x720|6" "720p-16x9-8|720p|16:9|8|1280x720|8"
  "720p-9x16-4|720p|9:16|4|720x1280|4" "720p-9x16-6|720p|9:16|6|720x1280|6" "720p-9x16-8|720p|9:16|8|720x1280|8"
  "1080p-16x9-8|1080p|16:9|8|1920x1080|8" "1080p-9x16-8|1080p|9:16|8|1080x1920|8"
  "4k-16x9-8|4k|16:9|8|3840x2160|8" "4k-9x16-8|4k|9:16|8|2160x3840|8" "defaults||||1280x720|8"
)

ids=()
for format in "${formats[@]}"; do
  IFS='|' read -r name resolution aspect duration _ _ <<< "$format"
  body='{"model":"veo-3.1","prompt":"ffprobe check"'
  [[ -z $resolution ]] || body+=",\"resolution\":\"$resolution\""
  [[ -z $aspect ]] || body+=",\"aspect_ratio\":\"$aspect\""
  [[ -z $duration ]] || body+=",\"duration\":$duration"
  body+='}'
  answer=$(curl -sS "${base}v1/tasks" -H "Authorization: Bearer fake-veo-key" -H "Content-Type: application/json" -d "$body")
  ids+=("$(sed -n 's/.*"task_id":"\([^"]*\)".*/\1/p' <<< "$answer")")
done
sleep 1.5 # --complete-after 1s

echo "| format | bytes | ffprobe video | ffprobe audio | ffmpeg decode |"
echo "|---|---:|---|---|---|"
agree=0
differ=0
for i in "${!formats[@]}"; do
  IFS='|' read -r name _ _ _ size seconds <<< "${formats[$i]}"
  file="$work/$name.mp4"
  curl -sS -o "$file" "${base}videos/${ids[$i]}.mp4"
  video=$(ffprobe -v error -select_streams v -show_entries stream=codec_name,profile,width,height,r_frame_rate,duration,nb_frames -of csv=p=0 "$file")
  audio=$(ffprobe -v error -select_streams a -show_entries stream=codec_name,profile,sample_rate,channels,duration -of csv=p=0 "$file")
  decode=$(ffmpeg -nostdin -v error -i "$file" -f null - 2>&1 || echo "exit $?")
  want_video="h264,Constrained Baseline,${size%x*},${size#*x},24/1,${seconds}.000000,$((seconds * 24))"
  want_audio="aac,LC,48000,2,${seconds}.000000"
  if [[ $video == "$want_video" && $audio == "$want_audio" && -z $decode ]]; then
    agree=$((agree + 1))
    verdict=""
  else
    differ=$((differ + 1))
    verdict=" DIFFERS (wanted $want_video / $want_audio)"
  fi
  echo "| $name | $(wc -c < "$file") | $video | $audio | ${decode:-no errors}$verdict |"
done
[[ -z $keep ]] || { mkdir -p "$keep"; cp "$work"/*.mp4 "$keep"/; }

echo
echo "$(ffprobe -version | head -n 1 | cut -d' ' -f1-3): $agree formats as requested, $differ differ"
(( differ == 0 ))
