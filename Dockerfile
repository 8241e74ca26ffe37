# RoadmapBot: build with the SDK, run on the ASP.NET Core runtime (the host serves /healthz, /readyz and /metrics).
#   docker build -t roadmapbot .
#   docker run -it -v roadmapbot-data:/data -p 127.0.0.1:8080:8080 roadmapbot
# aspnet:10.0 is Ubuntu 24.04 with the .NET and ASP.NET Core runtimes, ICU and tzdata (members' IANA zones); fonts are
# added for the charts. Not chiseled or Alpine: the bot needs ICU, tzdata and fonts, and bash for the health check.
# The same steps as plain commands: `dotnet publish src/RoadmapBot.Host -c Release -o out && dotnet out/roadmapbot.dll run` (ReadyToRun,
# the GC settings are in the project, so both publish and run alike; only MALLOC_ARENA_MAX below is the image's own).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/RoadmapBot.Host -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# A non-root user that owns only the data volume (uid 10001, as before, so existing volumes stay writable).
RUN useradd --system --uid 10001 --home-dir /app roadmapbot && mkdir -p /data && chown roadmapbot /data
WORKDIR /app
COPY --from=build /app .

# Every interface inside the container: publish the port only where an orchestrator or Prometheus reaches it.
# glibc's malloc in two arenas instead of one per thread: the idle bot keeps less freed native memory (docs/benchmarks.md, issue 20,
# long idle); glibc reads it only from the environment at start, so the plain command gets it only if the user sets it.
ENV RoadmapBot__Database=/data/roadmapbot.db \
    RoadmapBot__Http__Urls=http://0.0.0.0:8080 \
    MALLOC_ARENA_MAX=2
VOLUME /data
EXPOSE 8080
USER roadmapbot

# Healthy when /readyz answers 200 (database and migrations, scheduler, each platform); no curl in the image, so bash's /dev/tcp.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /readyz HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]

ENTRYPOINT ["dotnet", "/app/roadmapbot.dll"]
CMD ["run"]
