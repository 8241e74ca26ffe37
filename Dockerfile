# RoadmapBot: build with the SDK, run on the plain .NET runtime image.
#   docker build -t roadmapbot .
#   docker run -it -v roadmapbot-data:/data roadmapbot
# For .NET 10 the `10.0` tags are Ubuntu 24.04 (apt-based; Microsoft ships no Debian images
# for .NET 10). Chiseled and Alpine variants are avoided: they lack apt, tzdata and fonts.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/RoadmapBot.Host -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
# tzdata: members' IANA time zones; fonts-dejavu-core: text in progress charts.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tzdata fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# Run as the image's built-in non-root user `app` ($APP_UID), which owns only the data volume.
RUN mkdir -p /data && chown "$APP_UID:$APP_UID" /data

WORKDIR /app
COPY --from=build /app .

ENV RoadmapBot__Database=/data/roadmapbot.db
VOLUME /data
USER $APP_UID

ENTRYPOINT ["dotnet", "/app/roadmapbot.dll"]
CMD ["run"]
