# Torii in connected mode. Build:  docker build -t torii .
# Run:    docker run -p 3000:3000 -e LOGTO_ENDPOINT=... -e LOGTO_M2M_APP_ID=... -e LOGTO_M2M_APP_SECRET=... torii
# Without LOGTO_ENDPOINT it serves the console with its embedded (in-browser) API.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
COPY package.json package-lock.json ./
# The server needs only hono, @hono/node-server, zod and tsx, all runtime dependencies.
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY server ./server
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs, without npm in between, so SIGTERM reaches the server and it shuts down gracefully.
CMD ["node", "--import", "tsx", "server/main.ts"]
