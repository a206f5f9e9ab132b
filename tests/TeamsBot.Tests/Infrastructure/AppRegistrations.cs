using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TeamsBot.Hosting;

namespace TeamsBot.Tests.Infrastructure;

/// <summary>
/// The host's own registrations over given settings, built but not started: for tests of start-up validation
/// (<c>IStartupValidator</c>), so a refused setting is seen without running a host.
/// </summary>
internal static class AppRegistrations
{
    /// <summary>An app id, password and tenant, so that authentication settings are never what is refused.</summary>
    public static Dictionary<string, string?> AppId => new()
    {
        ["Bot:MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
        ["Bot:MicrosoftAppPassword"] = "secret",
        ["Bot:MicrosoftAppTenantId"] = "00000000-0000-0000-0000-000000000002",
    };

    /// <summary>Registrations in <paramref name="environment"/> over a storage connection string and the settings, later ones winning.</summary>
    public static ServiceProvider Build(string environment, params Dictionary<string, string?>[] settings)
    {
        var values = new Dictionary<string, string?> { ["Storage:ConnectionString"] = Azurite.ConnectionStringFor(1) };
        foreach (var (key, value) in settings.SelectMany(s => s))
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment, ApplicationName = "TeamsBot" });
        services.AddTeamsBot(configuration);
        return services.BuildServiceProvider();
    }
}
