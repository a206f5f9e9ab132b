using Bot.Protocol.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Protocol.Tests.Authentication;

/// <summary>The test authority, a fake clock, and the authenticator as the host builds it.</summary>
public sealed partial class ChannelTokenAuthenticatorTests : IDisposable
{
    private const string ServiceUrl = "https://smba.test/emea/";
    private readonly ChannelAuthority _authority = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 16, 0, 0, TimeSpan.Zero));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private ServiceProvider Services(string? appId = "app-id", string environment = "Production")
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = appId,
            ["OpenIdMetadataUrl"] = ChannelAuthority.MetadataUrl,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<IHostEnvironment>(new Environment(environment));
        services.AddSingleton<TimeProvider>(_time);
        services.AddBotInboundAuthentication(config);
        services.AddHttpClient(SigningKeySource.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _authority);
        return services.BuildServiceProvider();
    }

    private Task<InboundAuthenticationResult> AuthenticateAsync(string? header, string? channelId = "msteams", string serviceUrl = ServiceUrl, string? appId = "app-id", string environment = "Production") =>
        Services(appId, environment).GetRequiredService<IInboundAuthenticator>().AuthenticateAsync(header, channelId, serviceUrl, default);

    private static string Bearer(string token) => "Bearer " + token;

    private DateTimeOffset Now => _time.GetUtcNow();

    public void Dispose() => _authority.Dispose();
}
