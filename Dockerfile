# The explorer's image for docker compose: Node 20, production dependencies, client built at image build time.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
RUN npx vite build --config client/vite.config.ts
USER node
EXPOSE 3000
# NEO4J_URI is set by docker-compose.yml, so no local Neo4j (and no Java) is needed in this image.
CMD ["node", "--import", "tsx", "server/index.ts"]
