# Production image: `python -m bot` with PostgreSQL via DATABASE_URL and a mounted routing file.
FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 houqin
WORKDIR /app

# Dependencies in their own layer: it is rebuilt only when pyproject.toml changes.
COPY pyproject.toml README.md ./
RUN mkdir -p bot handlers nlp storage \
    && touch bot/__init__.py handlers/__init__.py nlp/__init__.py storage/__init__.py \
    && pip install . \
    && pip uninstall -y houqin

COPY bot ./bot
COPY handlers ./handlers
COPY nlp ./nlp
COPY storage ./storage
COPY examples ./examples
RUN pip install --no-deps . \
    # jieba caches its parsed dictionary in the temp dir; build it once at image time.
    && python -c "import nlp; nlp.warm_up()" \
    && chmod -R a+rX /tmp/jieba.cache

USER houqin
ENV ROUTING_FILE=/app/routing.toml
CMD ["python", "-m", "bot"]
