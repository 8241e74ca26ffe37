using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Data;
using RoadmapBot.Core.Reminders;

namespace RoadmapBot.Core.Tests;

public sealed class CoreServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
        .AddLogging()
        .AddRoadmapCore()
        .BuildServiceProvider();

    [Fact]
    public void Options_BindFromTheRoadmapBotSection()
    {
        using var services = Build(new() { ["RoadmapBot:Database"] = "/tmp/x.db", ["RoadmapBot:DefaultTimeZone"] = "Europe/Berlin" });

        var options = services.GetRequiredService<IOptions<RoadmapBotOptions>>().Value;

        Assert.Equal(("/tmp/x.db", "Europe/Berlin"), (options.Database, options.DefaultTimeZone));
        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Options_UnknownDefaultTimeZone_FailsValidation()
    {
        using var services = Build(new() { ["RoadmapBot:DefaultTimeZone"] = "Nowhere/City" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RoadmapBotOptions>>().Value);

        Assert.Contains("Nowhere/City", error.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("32")]
    public void Options_FreezesPerMonthOutOfRange_FailsValidation(string freezes)
    {
        using var services = Build(new() { ["RoadmapBot:FreezesPerMonth"] = freezes });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<RoadmapBotOptions>>().Value);

        Assert.Contains("FreezesPerMonth", error.Message);
    }

    [Fact]
    public void Options_FreezesPerMonth_DefaultsToTwo()
    {
        using var services = Build([]);

        Assert.Equal(2, services.GetRequiredService<IOptions<RoadmapBotOptions>>().Value.FreezesPerMonth);
    }

    [Fact]
    public void Reminders_ContentDispatcherAndDeliveryAreRegistered()
    {
        using var services = Build(new() { ["RoadmapBot:Database"] = "/tmp/never-opened.db" });

        Assert.IsType<ReminderMessages>(services.GetRequiredService<IReminderContent>());
        Assert.Same(services.GetRequiredService<ReminderDispatcher>(), services.GetRequiredService<ReminderDispatcher>());
        Assert.NotNull(services.GetRequiredService<OutboxDelivery>());
    }
}
