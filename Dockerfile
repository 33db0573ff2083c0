# One image recipe for all five services: docker build --build-arg APP=user-service .
# APP is one of the nest-cli.json applications: api-gateway, user-service, order-service,
# database-service, inventory-service.

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json nest-cli.json ./
COPY libs ./libs
COPY apps ./apps
ARG APP
RUN test -n "$APP" || (echo "build with --build-arg APP=<service>" >&2 && exit 1)
RUN npx nest build "$APP"

FROM node:24-slim AS runtime
WORKDIR /app
# Production dependencies only; node_modules stays outside any bundle so auto-instrumentation can
# patch http and express as they load.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
ARG APP
ENV APP=${APP}
# tsc keeps the source layout because the apps compile the libs in: dist/apps/<app>/apps/<app>/src.
COPY --from=build --chown=node:node /app/dist/apps/${APP} ./dist/apps/${APP}
USER node
# A service listens on loopback unless told otherwise; in a container that would be unreachable
# through the published port, so the image opens it on every interface of the container.
ENV HOST=0.0.0.0
# Slim images ship no curl; Node's global fetch does the probe. PORT is set per service.
HEALTHCHECK --interval=5s --timeout=3s --start-period=10s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["sh", "-c", "exec node dist/apps/$APP/apps/$APP/src/main.js"]
