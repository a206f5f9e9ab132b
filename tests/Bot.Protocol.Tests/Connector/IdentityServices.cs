using Bot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Protocol.Tests.Connector;

/// <summary>
/// The connector's registrations from a Bot section, with the identity HttpClient answered by a local token endpoint
/// (in-process, no network): what the app registers, so the real token providers run against it.
/// </summary>
internal static class IdentityServices
{
    public static ServiceProvider Build(Dictionary<string, string?> bot, TokenEndpoint? endpoint = null)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddBotConnector(new ConfigurationBuilder().AddInMemoryCollection(bot).Build());
        if (endpoint is not null)
        {
            services.AddHttpClient(OutboundIdentity.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => endpoint);
        }

        return services.BuildServiceProvider();
    }
}
