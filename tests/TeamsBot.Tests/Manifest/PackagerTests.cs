using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using ManifestPackager;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Manifest;

public sealed class PackagerTests : IDisposable
{
    private const string AppId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";

    private readonly DirectoryInfo temp = Directory.CreateTempSubdirectory("manifest-packager-");

    public void Dispose() => temp.Delete(recursive: true);

    [Fact]
    public void Write_WithAppId_ZipRootHoldsManifestLocalizationAndIcons()
    {
        var zipPath = Path.Combine(temp.FullName, "out", "teams-app.zip");

        TeamsAppPackage.Write(ManifestFiles.Directory, Guid.Parse(AppId), version: null, zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "en-us.json", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var content = new MemoryStream();
            using (var entry = zip.GetEntry(icon)!.Open())
            {
                entry.CopyTo(content);
            }

            Assert.Equal(File.ReadAllBytes(ManifestFiles.PathOf(icon)), content.ToArray());
        }
    }

    [Fact]
    public void Build_WithAppId_FillsTheAppIdEverywhere()
    {
        var files = TeamsAppPackage.Build(ManifestFiles.Directory, Guid.Parse(AppId)).Files;
        var manifest = Json(files, "manifest.json");

        Assert.Equal(AppId, manifest["id"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(AppId, manifest["webApplicationInfo"]!["id"]!.GetValue<string>());
        Assert.Equal($"api://botid-{AppId}", manifest["webApplicationInfo"]!["resource"]!.GetValue<string>());
        Assert.All(files.Where(f => f.Name.EndsWith(".json", StringComparison.Ordinal)), file =>
            Assert.DoesNotContain(TeamsAppPackage.PlaceholderAppId, Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal));
    }

    [Fact]
    public void Build_WithAppId_ManifestAndLocalizationStaySchemaValid()
    {
        var files = TeamsAppPackage.Build(ManifestFiles.Directory, Guid.Parse(AppId), "1.0.1").Files;

        Assert.Empty(ManifestFiles.Errors(ManifestFiles.ManifestSchema, Json(files, "manifest.json")));
        Assert.Empty(ManifestFiles.Errors(ManifestFiles.LocalizationSchema, Json(files, "en-us.json")));
        Assert.Equal("Vagtrum – hjemmerådgivernes vagtkanal", Json(files, "manifest.json")["name"]!["full"]!.GetValue<string>());
    }

    [Fact]
    public void Build_WithVersion_SetsTheAppVersion()
    {
        var manifest = Json(TeamsAppPackage.Build(ManifestFiles.Directory, Guid.Parse(AppId), "1.0.1").Files, "manifest.json");

        Assert.Equal("1.0.1", manifest["version"]!.GetValue<string>());
    }

    [Fact]
    public void Build_PlaceholderAppId_IsRefused()
    {
        var error = Assert.Throws<PackagingException>(() => TeamsAppPackage.Build(ManifestFiles.Directory, Guid.Empty));

        Assert.Contains("placeholder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MissingIcon_NamesTheFile()
    {
        foreach (var file in Directory.EnumerateFiles(ManifestFiles.Directory))
        {
            File.Copy(file, Path.Combine(temp.FullName, Path.GetFileName(file)));
        }

        File.Delete(Path.Combine(temp.FullName, "outline.png"));

        var error = Assert.Throws<PackagingException>(() => TeamsAppPackage.Build(temp.FullName, Guid.Parse(AppId)));
        Assert.Contains("outline.png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AppIdOption_WritesTheZipAndSaysWhere()
    {
        var zipPath = Path.Combine(temp.FullName, "app.zip");

        var (exitCode, output, _) = Run(["--app-id", AppId, "--out", zipPath, "--version", "1.0.1"]);

        Assert.Equal(0, exitCode);
        Assert.Contains(zipPath, output, StringComparison.Ordinal);
        Assert.True(File.Exists(zipPath));
    }

    [Fact]
    public void Run_NoAppIdOption_UsesBotMicrosoftAppIdFromTheEnvironment()
    {
        var zipPath = Path.Combine(temp.FullName, "app.zip");

        var (exitCode, _, _) = Run(["--out", zipPath], name => name == "Bot__MicrosoftAppId" ? AppId : null);

        Assert.Equal(0, exitCode);
        using var zip = ZipFile.OpenRead(zipPath);
        using var manifest = zip.GetEntry("manifest.json")!.Open();
        Assert.Equal(AppId, JsonNode.Parse(manifest)!["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-a-guid", "'not-a-guid' is not an app id")]
    [InlineData("${{APP_ID}}", "is not an app id")]
    [InlineData("3f2504e04f8911d39a0c0305e82c3301", "is not an app id")]
    [InlineData("00000000-0000-0000-0000-000000000000", "placeholder")]
    public void Run_BadAppId_FailsWithAMessageAndWritesNothing(string appId, string message)
    {
        var zipPath = Path.Combine(temp.FullName, "app.zip");

        var (exitCode, _, error) = Run(["--app-id", appId, "--out", zipPath]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public void Run_NoAppIdAnywhere_FailsNamingBothWaysToGiveIt()
    {
        var (exitCode, _, error) = Run(["--out", Path.Combine(temp.FullName, "app.zip")]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--app-id", error, StringComparison.Ordinal);
        Assert.Contains("Bot__MicrosoftAppId", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--version", "1.2", "'1.2' is not a version")]
    [InlineData("--version", "v1.0.1", "'v1.0.1' is not a version")]
    [InlineData("--colour", "teal", "Unknown argument '--colour'")]
    public void Run_BadArgument_FailsSayingWhich(string name, string value, string message)
    {
        var (exitCode, _, error) = Run(["--app-id", AppId, name, value, "--out", Path.Combine(temp.FullName, "app.zip")]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output, string Error) Run(string[] args, Func<string, string?>? environment = null)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = PackagerCommand.Run(args, RepoPaths.Root, environment ?? (_ => null), output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    private static JsonObject Json(IReadOnlyList<PackageFile> files, string name) =>
        JsonNode.Parse(files.Single(f => f.Name == name).Content)!.AsObject();
}
