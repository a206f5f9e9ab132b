namespace ManifestPackager;

/// <summary>The command line: <c>--app-id &lt;GUID&gt; [--out &lt;zip&gt;] [--version &lt;x.y.z&gt;]</c>.</summary>
public static class PackagerCommand
{
    /// <summary>Read when <c>--app-id</c> is not given: the same setting the bot reads as <c>Bot:MicrosoftAppId</c>.</summary>
    public const string AppIdEnvironmentVariable = "Bot__MicrosoftAppId";

    /// <summary>Relative to the repository root.</summary>
    public const string DefaultOutput = "artifacts/teams-app.zip";

    public const string Usage = """
        Builds the Teams app package (manifest.json, localization files, icons) from manifest/.

        Usage: dotnet run --project src/ManifestPackager -- --app-id <GUID> [--out <zip>] [--version <x.y.z>]

          --app-id   The bot's Microsoft App ID (its Entra application id). Defaults to the
                     environment variable Bot__MicrosoftAppId.
          --out      Where to write the zip (default: artifacts/teams-app.zip in the repository).
          --version  The app version to publish (MAJOR.MINOR.PATCH); Teams wants a higher one for
                     every update. Default: the version in manifest/manifest.json.
        """;

    /// <summary>Runs the command; returns the process exit code (0 on success, 1 on any error).</summary>
    public static int Run(IReadOnlyList<string> args, string currentDirectory, Func<string, string?> environment, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);

        Dictionary<string, string> options;
        try
        {
            options = Parse(args);
        }
        catch (PackagingException e)
        {
            error.WriteLine($"error: {e.Message}");
            error.WriteLine();
            error.WriteLine(Usage);
            return 1;
        }

        if (options.ContainsKey("--help"))
        {
            output.WriteLine(Usage);
            return 0;
        }

        try
        {
            var appId = AppId(options.GetValueOrDefault("--app-id") ?? environment(AppIdEnvironmentVariable));
            var root = RepositoryRoot.Find(currentDirectory) ?? RepositoryRoot.Find(AppContext.BaseDirectory)
                ?? throw new PackagingException($"No {RepositoryRoot.SolutionFile} in {currentDirectory} or any folder above it. Run this inside the repository.");
            var zipPath = options.TryGetValue("--out", out var outPath)
                ? Path.GetFullPath(outPath, currentDirectory)
                : Path.Combine(root, DefaultOutput);

            var result = TeamsAppPackage.Write(Path.Combine(root, "manifest"), appId, options.GetValueOrDefault("--version"), zipPath);
            output.WriteLine($"Wrote {zipPath} for app id {appId:D}: {string.Join(", ", result.Files.Select(file => file.Name))}");
            foreach (var note in result.Notes)
            {
                error.WriteLine($"note: {note}");
            }

            return 0;
        }
        catch (Exception e) when (e is PackagingException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    private static Guid AppId(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new PackagingException($"No app id. Pass --app-id <GUID> or set the environment variable {AppIdEnvironmentVariable}.");
        }

        return Guid.TryParseExact(value.Trim(), "D", out var appId)
            ? appId
            : throw new PackagingException($"'{value}' is not an app id. Pass the bot's Microsoft App ID, a GUID like 3f2504e0-4f89-11d3-9a0c-0305e82c3301.");
    }

    private static Dictionary<string, string> Parse(IReadOnlyList<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, (string?)v) : (args[i], null);
            switch (name)
            {
                case "-h" or "--help":
                    options["--help"] = string.Empty;
                    break;
                case "--app-id" or "--out" or "--version":
                    value ??= i + 1 < args.Count ? args[++i] : throw new PackagingException($"{name} needs a value.");
                    if (!options.TryAdd(name, value))
                    {
                        throw new PackagingException($"{name} is given twice.");
                    }

                    break;
                default:
                    throw new PackagingException($"Unknown argument '{args[i]}'.");
            }
        }

        return options;
    }
}
