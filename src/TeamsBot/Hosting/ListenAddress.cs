namespace TeamsBot.Hosting;

/// <summary>Where the host listens when nothing says where: the Agents Playground's address, in Development only.</summary>
public static class ListenAddress
{
    /// <summary>Where <c>npm start</c>, the Agents Playground and the README expect the bot.</summary>
    public const string Development = "http://127.0.0.1:3978";

    /// <summary>
    /// <see cref="Development"/> in Development when no ASP.NET Core convention names an address; otherwise null, and the
    /// conventions decide: <c>--urls</c> / <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c> / <c>ASPNETCORE_HTTPS_PORTS</c>
    /// (the official .NET container images set 8080) or <c>Kestrel:Endpoints</c>. A container or App Service is thus
    /// never held to a loopback address that nothing outside can reach.
    /// </summary>
    public static string? DefaultFor(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IsDevelopment() && !NamesAnAddress(configuration) ? Development : null;
    }

    private static bool NamesAnAddress(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey])
        || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
        || !string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}
