# syntax=docker/dockerfile:1
# The API image: GraphQL API plus the built applicants' portal (served at /) and officer console
# (served at /admin/).
# Build: docker compose build api   (or: docker build -t goldcard-api .)

# ---- build: install every dependency, compile the API, the portal and the console ----
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1 \
    NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false
# Manifests first: the dependency layer stays cached until one of them changes.
COPY package.json package-lock.json ./
COPY api/package.json api/
COPY admin/package.json admin/
COPY portal/package.json portal/
COPY examples/agency-client/package.json examples/agency-client/
RUN npm ci
COPY . .
RUN npm run build
# Only run-time dependencies go into the final image. The workspace folders may have no
# node_modules of their own; make sure they exist so the COPY below never fails.
RUN npm prune --omit=dev && mkdir -p api/node_modules admin/node_modules portal/node_modules

# ---- runtime: compiled output and production dependencies, run as an unprivileged user ----
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/api/package.json ./api/
COPY --from=build /app/api/node_modules ./api/node_modules
COPY --from=build /app/api/dist ./api/dist
COPY --from=build /app/admin/package.json ./admin/
COPY --from=build /app/admin/dist ./admin/dist
COPY --from=build /app/portal/package.json ./portal/
COPY --from=build /app/portal/dist ./portal/dist
# The code stays root-owned and read-only; the only writable place is the data folder.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/readyz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1's child (compose sets `init: true`) and receives SIGTERM directly.
CMD ["node", "api/dist/main.js"]
