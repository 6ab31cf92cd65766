#!/bin/bash
# Builds every image of docker-compose.yml and deploy/k8s without any image registry (ADR 0025): a Debian base made
# by debootstrap from a Debian mirror and `docker import`ed, then Debian's packages (OpenJDK 17, PostgreSQL,
# nginx) and Maven's jars (the services, the identity provider, Kafka from Maven Central) on top of it.
#
#   deploy/cluster/images.sh            needs root (debootstrap), debootstrap, docker and a running Docker engine
#
# Settings (environment):
#   BAOBEI_IMAGE_PREFIX    put before every image name, e.g. registry.example.cn/ (default: none). Push the images
#                          there for other machines, or pull them from there instead of building them.
#   BAOBEI_IMAGE_TAG       the tag of the images built from this repository (default: dev)
#   BAOBEI_BASE_IMAGE      the base image (default: ${BAOBEI_IMAGE_PREFIX}baobei/debian:<release>); built only if absent
#   DEBIAN_MIRROR          the Debian mirror for debootstrap and apt (default: the host's first deb URI)
#   DEBIAN_SECURITY_MIRROR the security mirror (default: ${DEBIAN_MIRROR}-security)
#   BAOBEI_SKIP_MAVEN=1    use the jars already in the target directories instead of running ./mvnw package
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
here=deploy/cluster

. /etc/os-release
release=${VERSION_CODENAME:-bookworm}
prefix=${BAOBEI_IMAGE_PREFIX:-}
tag=${BAOBEI_IMAGE_TAG:-dev}
base=${BAOBEI_BASE_IMAGE:-${prefix}baobei/debian:${release}}
jre=${prefix}baobei/jre:17
host_mirror=$(sed -n 's/^URIs: *\(http[^ ]*\/debian\)$/\1/p; s/^deb \(http[^ ]*\/debian\) .*/\1/p' \
  /etc/apt/sources.list /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 || true)
mirror=${DEBIAN_MIRROR:-${host_mirror:-http://deb.debian.org/debian}}
security_mirror=${DEBIAN_SECURITY_MIRROR:-${mirror}-security}
services=(registration visit attribution commission)

export DOCKER_BUILDKIT=0  # the legacy builder, quietly: Debian's docker.io has no buildx
say() { printf '[images] %s\n' "$*"; }
present() { docker image inspect "$1" > /dev/null 2>&1; }
# apt inside the builds reaches the mirror over the host's network, whatever the engine's bridge allows
build() {
  local image=$1 context=$2 out; shift 2
  say "building $image"
  # quiet unless it fails: the legacy builder's deprecation notice is all it says otherwise
  out=$(docker build -q --network host -t "$image" "$@" "$context" 2>&1) || { printf '%s\n' "$out" >&2; exit 1; }
}

for tool in docker debootstrap; do
  command -v "$tool" > /dev/null || { echo "$tool is missing: apt-get install docker.io docker-compose debootstrap" >&2; exit 1; }
done
docker info > /dev/null 2>&1 || { echo "No Docker engine answers (start dockerd)" >&2; exit 1; }

if present "$base"; then
  say "base $base is there"
else
  say "debootstrap $release from $mirror into $base"
  rootfs=$(mktemp -d /var/tmp/baobei-rootfs.XXXXXX)
  trap 'rm -rf "$rootfs"' EXIT
  debootstrap --variant=minbase "$release" "$rootfs" "$mirror" > /var/tmp/baobei-debootstrap.log 2>&1 \
    || { echo "debootstrap failed; see /var/tmp/baobei-debootstrap.log" >&2; exit 1; }
  cat > "$rootfs/etc/apt/sources.list" <<SOURCES
deb $mirror $release main
deb $mirror $release-updates main
deb $security_mirror $release-security main
SOURCES
  # no recommends, no documentation: the images carry what runs
  printf 'APT::Install-Recommends "false";\nAPT::Install-Suggests "false";\n' > "$rootfs/etc/apt/apt.conf.d/90baobei"
  rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/*
  tar -C "$rootfs" -c . | docker import -c 'CMD ["/bin/bash"]' - "$base" > /dev/null
  rm -rf "$rootfs"; trap - EXIT
fi

if [ "${BAOBEI_SKIP_MAVEN:-0}" != 1 ]; then
  say "packaging the services and the identity provider (./mvnw package, no tests)"
  ./mvnw -q -B -ntp -pl registration-service,visit-service,attribution-service,commission-service,deploy/identity \
    -am package -DskipTests
  say "gathering Kafka's jars from Maven Central"
  ./mvnw -q -B -ntp -f "$here/kafka/pom.xml" dependency:copy-dependencies
fi

build "$jre" "$here/jre" --build-arg "BASE=$base"
build "${prefix}baobei/postgres:15" "$here/postgres" --build-arg "BASE=$base"
build "${prefix}baobei/gateway:$tag" "$here/gateway" --build-arg "BASE=$base"
build "${prefix}baobei/kafka:3.9.1" "$here/kafka" --build-arg "JRE=$jre"

context=$(mktemp -d /var/tmp/baobei-context.XXXXXX)
trap 'rm -rf "$context"' EXIT
cp "$here/service/Dockerfile" "$context/"
for service in "${services[@]}"; do
  cp "${service}-service/target/${service}-service.jar" "$context/app.jar"
  build "${prefix}baobei/${service}-service:$tag" "$context" --build-arg "JRE=$jre"
done
cp deploy/identity/target/identity.jar "$context/app.jar"
build "${prefix}baobei/identity:$tag" "$context" --build-arg "JRE=$jre"

docker images --format '{{.Repository}}:{{.Tag}}\t{{.Size}}' | grep "^${prefix}baobei/" | sed 's/^/[images] /'
