using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using TeamsBot.Hosting;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Hosting;

/// <summary>Where the host listens: ASP.NET Core's conventions, and the Playground's address only in Development.</summary>
public sealed class ListenAddressTests
{
    [Theory]
    [InlineData("Development", null, null, "http://127.0.0.1:3978")]
    [InlineData("Development", "urls", "http://0.0.0.0:5005", null)]
    [InlineData("Development", "http_ports", "8080", null)]
    [InlineData("Development", "https_ports", "8443", null)]
    [InlineData("Development", "Kestrel:Endpoints:Http:Url", "http://0.0.0.0:5006", null)]
    [InlineData("Production", null, null, null)]
    [InlineData("Staging", null, null, null)]
    public void DefaultFor_EnvironmentAndSettings_OnlyDevelopmentWithoutAnyGetsThePlaygroundAddress(string environment, string? key, string? value, string? expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(key is null ? [] : new Dictionary<string, string?> { [key] = value }).Build();

        var address = ListenAddress.DefaultFor(configuration, new HostingEnvironment { EnvironmentName = environment });

        Assert.Equal(expected, address);
    }

    /// <summary>
    /// A container-style start on App Service: Production, <c>ASPNETCORE_HTTP_PORTS</c> as the .NET images set it, every
    /// setting from the environment, and the managed identity from App Service's <c>IDENTITY_ENDPOINT</c> (served locally).
    /// The bot listens on that port on every interface and gets its token from that identity.
    /// </summary>
    [Fact]
    public async Task Start_ContainerStyleEnvironment_ListensOnHttpPortsWithTheManagedIdentity()
    {
        using var identity = new ManagedIdentityEndpoint();
        var port = Azurite.FreePort().ToString(CultureInfo.InvariantCulture);
        const string clientId = "5b3d1e22-0000-4000-8000-0000000000cc";
        using var bot = RunningBot.Start(new()
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_HTTP_PORTS"] = port,
            ["Bot__MicrosoftAppType"] = "UserAssignedMSI",
            ["Bot__MicrosoftAppId"] = clientId,
            ["Bot__MicrosoftAppTenantId"] = Activities.TenantId,
            ["Bot__OpenIdMetadataUrl"] = "http://127.0.0.1:9/not-used-by-this-test",
            ["DataProtection__Certificate__Path"] = TestCertificate.Shared.Path,
            ["DataProtection__Certificate__Password"] = TestCertificate.Shared.Password,
            ["IDENTITY_ENDPOINT"] = identity.Url,
            ["IDENTITY_HEADER"] = ManagedIdentityEndpoint.Secret,
        });

        var health = await bot.GetWhenListeningAsync(new Uri($"http://127.0.0.1:{port}/healthz"));
        var ready = await bot.GetWhenListeningAsync(new Uri($"http://127.0.0.1:{port}/readyz"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains($"http://[::]:{port}", bot.Output, StringComparison.Ordinal);
        Assert.True(ready.StatusCode == HttpStatusCode.OK, await ready.Content.ReadAsStringAsync());
        var checks = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["checks"]!;
        Assert.Equal("Healthy", (string)checks["outboundIdentity"]!["status"]!);
        var query = System.Web.HttpUtility.ParseQueryString(Assert.Single(identity.Queries.Distinct()));
        Assert.Equal((clientId, "https://api.botframework.com"), (query["client_id"], query["resource"]));
    }

    /// <summary>Development with nothing said: the Playground's address, as <c>npm start</c> and the README expect.</summary>
    [Fact]
    public async Task Start_DevelopmentWithoutListenSettings_ListensOnThePlaygroundAddress()
    {
        using var bot = RunningBot.Start(new() { ["ASPNETCORE_ENVIRONMENT"] = "Development" });

        var health = await bot.GetWhenListeningAsync(new Uri(ListenAddress.Development + "/healthz"));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("Now listening on: " + ListenAddress.Development, bot.Output, StringComparison.Ordinal);
    }
}
