# The portal: built with Vite, served by nginx, which also proxies /api to the gateway.
#   docker build -f deploy/portal.Dockerfile -t party/portal .

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx vite build --config apps/portal/vite.config.ts

FROM nginx:1.27-alpine
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/apps/portal /usr/share/nginx/html
EXPOSE 80
