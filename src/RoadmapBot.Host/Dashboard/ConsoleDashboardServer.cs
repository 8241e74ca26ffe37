using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoadmapBot.Core.Dashboard;

namespace RoadmapBot.Host.Dashboard;

/// <summary>
/// The console's dashboard address: RoadmapBot:Http:PublicUrl when set; else the host's own HTTP address when
/// RoadmapBot:Http:Urls made it serve; else a small server started on 127.0.0.1 at a free port at the first /dashboard.
/// </summary>
public sealed class ConsoleDashboardServer(IServiceProvider root, IOptions<DashboardOptions> options) : IDashboardAddress, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private WebApplication? _app;

    public async ValueTask<string?> BaseUrlAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicUrl))
            return options.Value.PublicUrl.Trim().TrimEnd('/');
        if (root.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } served)
            return Loopback(served);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _app ??= await StartAsync(cancellationToken);
            return _app.Urls.First().TrimEnd('/');
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<WebApplication> StartAsync(CancellationToken ct)
    {
        var web = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        web.WebHost.UseUrls("http://127.0.0.1:0");
        web.Logging.ClearProviders();  // the console is the chat: this server says nothing there
        web.Services.AddSingleton(root.GetRequiredService<DashboardSite>());
        web.AddDashboard();
        var app = web.Build();
        app.UseDashboard();
        await app.StartAsync(ct);
        return app;
    }

    // A server listening on every interface is opened on this machine through the loopback address.
    private static string Loopback(string address) => address.Replace("://0.0.0.0:", "://127.0.0.1:", StringComparison.Ordinal)
        .Replace("://[::]:", "://127.0.0.1:", StringComparison.Ordinal).Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal).TrimEnd('/');

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
        _gate.Dispose();
    }
}
