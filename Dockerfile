# RoadmapBot: build with the SDK, run on Debian with the .NET runtime.
#   docker build -t roadmapbot .
#   docker run -it -v roadmapbot-data:/data roadmapbot
# Microsoft ships no Debian images for .NET 10 (its 10.0 tags are Ubuntu), so the runtime stage is
# Debian 12 slim with the portable .NET runtime copied in. Not chiseled or Alpine: the bot needs
# tzdata (members' IANA zones), ICU (culture-aware text) and fonts (charts).
# The same steps as plain commands: `dotnet publish src/RoadmapBot.Host -c Release -o out && dotnet out/roadmapbot.dll run`.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/RoadmapBot.Host -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates libc6 libgcc-s1 libstdc++6 zlib1g libssl3 libicu72 \
       tzdata fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
COPY --from=runtime /usr/share/dotnet /usr/share/dotnet
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet

# A non-root user that owns only the data volume.
RUN useradd --system --uid 10001 --home-dir /app roadmapbot && mkdir -p /data && chown roadmapbot /data
WORKDIR /app
COPY --from=build /app .

ENV DOTNET_RUNNING_IN_CONTAINER=true \
    RoadmapBot__Database=/data/roadmapbot.db
VOLUME /data
USER roadmapbot

ENTRYPOINT ["dotnet", "/app/roadmapbot.dll"]
CMD ["run"]
