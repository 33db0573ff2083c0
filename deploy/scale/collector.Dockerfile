# The Collector image of the scale-out stack: the contrib distribution, plus one static binary.
#
# The contrib image is built FROM scratch: one Go binary, no shell, no wget, no curl, so a Docker
# health check has nothing to run. BusyBox's musl build is statically linked (the official image
# builds it with CONFIG_STATIC=y), so it runs in an image without a libc, and its wget applet
# probes the health_check extension (see compose.yaml).

# busybox 1.37.0, musl variant
FROM busybox:1.37.0-musl AS probe

# OpenTelemetry Collector Contrib 0.161.0
FROM otel/opentelemetry-collector-contrib:0.161.0
COPY --from=probe /bin/busybox /usr/local/bin/busybox
