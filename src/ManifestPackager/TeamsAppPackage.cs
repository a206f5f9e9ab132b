using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ManifestPackager;

/// <summary>One file of the package, at the zip's root.</summary>
public sealed record PackageFile(string Name, byte[] Content);

/// <summary>The package's files in zip order, and notes for the person publishing it.</summary>
public sealed record PackageResult(IReadOnlyList<PackageFile> Files, IReadOnlyList<string> Notes);

/// <summary>
/// Builds the Teams app package from the manifest folder: <c>manifest.json</c> with the app id (and optionally
/// the version) filled in, the localization files and icons it names, all at the root of one zip.
/// Teams rejects a package whose files sit in a folder, or whose icons are missing or named differently.
/// </summary>
public static partial class TeamsAppPackage
{
    /// <summary>
    /// The app id as committed in <c>manifest/</c>: the all-zero GUID, because the schema requires a GUID.
    /// Packaging replaces it wherever it occurs (<c>id</c>, <c>bots[0].botId</c>, <c>webApplicationInfo</c>, localization files).
    /// </summary>
    public const string PlaceholderAppId = "00000000-0000-0000-0000-000000000000";

    public const string ManifestFileName = "manifest.json";

    private static readonly JsonSerializerOptions OutputOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // keep æ, ø, å and dashes readable; the files are never HTML
    };

    /// <summary>Builds the package from <paramref name="manifestDirectory"/> and writes it to <paramref name="zipPath"/>, replacing any file there.</summary>
    public static PackageResult Write(string manifestDirectory, Guid appId, string? version, string zipPath)
    {
        var result = Build(manifestDirectory, appId, version);
        var fullPath = Path.GetFullPath(zipPath);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        using var stream = new FileStream(fullPath, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create);
        foreach (var file in result.Files)
        {
            using var entry = zip.CreateEntry(file.Name, CompressionLevel.Optimal).Open();
            entry.Write(file.Content);
        }

        return result;
    }

    /// <summary>Reads <paramref name="manifestDirectory"/> and returns the package's files without writing anything.</summary>
    public static PackageResult Build(string manifestDirectory, Guid appId, string? version = null)
    {
        if (appId == Guid.Empty)
        {
            throw new PackagingException($"The app id {PlaceholderAppId} is the manifest's placeholder. Pass the bot's own Microsoft App ID.");
        }

        if (version is not null && !SemanticVersion().IsMatch(version))
        {
            throw new PackagingException($"'{version}' is not a version Teams accepts. Use MAJOR.MINOR.PATCH, for example 1.0.1.");
        }

        var id = appId.ToString("D");
        var manifest = ReadJson(manifestDirectory, ManifestFileName);
        manifest["id"] = id;
        if (manifest["bots"] is JsonArray { Count: > 0 } bots && bots[0] is JsonObject bot)
        {
            bot["botId"] = id;
        }

        if (manifest["webApplicationInfo"] is JsonObject webApplication)
        {
            webApplication["id"] = id;
        }

        if (version is not null)
        {
            manifest["version"] = version;
        }

        ReplacePlaceholder(manifest, id);
        var files = new List<PackageFile> { JsonFile(ManifestFileName, manifest) };
        foreach (var name in LocalizationFiles(manifest))
        {
            var localization = ReadJson(manifestDirectory, name);
            ReplacePlaceholder(localization, id);
            files.Add(JsonFile(name, localization));
        }

        foreach (var name in IconFiles(manifest))
        {
            files.Add(new PackageFile(name, File.ReadAllBytes(ExistingFile(manifestDirectory, name))));
        }

        return new PackageResult(files, Notes(manifest));
    }

    private static List<string> LocalizationFiles(JsonObject manifest)
    {
        var names = new List<string>();
        if (manifest["localizationInfo"] is not JsonObject localization)
        {
            return names;
        }

        if (localization["defaultLanguageFile"] is JsonValue defaultFile)
        {
            names.Add(defaultFile.GetValue<string>());
        }

        if (localization["additionalLanguages"] is JsonArray languages)
        {
            names.AddRange(languages.Select(language => language?["file"]?.GetValue<string>()
                ?? throw new PackagingException("manifest.json: an entry of localizationInfo.additionalLanguages has no file.")));
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> IconFiles(JsonObject manifest)
    {
        var icons = manifest["icons"] as JsonObject ?? throw new PackagingException("manifest.json has no icons.");
        var names = new List<string>();
        foreach (var key in new[] { "color", "outline", "color32x32" })
        {
            if (icons[key] is JsonValue icon)
            {
                names.Add(icon.GetValue<string>());
            }
            else if (key != "color32x32")
            {
                throw new PackagingException($"manifest.json: icons.{key} is missing.");
            }
        }

        return names.Distinct(StringComparer.Ordinal).ToList();
    }

    private static List<string> Notes(JsonObject manifest)
    {
        var placeholders = (manifest["developer"] as JsonObject ?? [])
            .Where(property => property.Key.EndsWith("Url", StringComparison.Ordinal)
                && Uri.TryCreate(property.Value?.GetValue<string>(), UriKind.Absolute, out var url)
                && url.Host.EndsWith("example.org", StringComparison.OrdinalIgnoreCase))
            .Select(property => $"developer.{property.Key}")
            .ToList();
        return placeholders.Count == 0
            ? []
            : [$"{string.Join(", ", placeholders)} still point to example.org. Set your organisation's name and pages in manifest/manifest.json before publishing beyond a test."];
    }

    private static JsonObject ReadJson(string directory, string name)
    {
        var path = ExistingFile(directory, name);
        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject
                ?? throw new PackagingException($"{path} does not hold a JSON object.");
        }
        catch (JsonException e)
        {
            throw new PackagingException($"{path} is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary>The file's path, insisting on a plain name at the package root whose case matches exactly, as Teams does.</summary>
    private static string ExistingFile(string directory, string name)
    {
        if (name.Length == 0 || name != Path.GetFileName(name) || name.Contains('\\', StringComparison.Ordinal))
        {
            throw new PackagingException($"manifest.json names the file '{name}': package files must be plain names at the package root.");
        }

        if (!Directory.Exists(directory) || !Directory.EnumerateFiles(directory).Select(Path.GetFileName).Contains(name, StringComparer.Ordinal))
        {
            throw new PackagingException($"'{name}' is not in {directory} (file names are case-sensitive).");
        }

        return Path.Combine(directory, name);
    }

    private static void ReplacePlaceholder(JsonNode node, string appId)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    if (Replaced(value, appId) is { } text)
                    {
                        obj[key] = text;
                    }
                    else if (value is not null)
                    {
                        ReplacePlaceholder(value, appId);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (Replaced(array[i], appId) is { } text)
                    {
                        array[i] = text;
                    }
                    else if (array[i] is { } item)
                    {
                        ReplacePlaceholder(item, appId);
                    }
                }

                break;
        }
    }

    private static string? Replaced(JsonNode? node, string appId) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && text.Contains(PlaceholderAppId, StringComparison.OrdinalIgnoreCase)
            ? text.Replace(PlaceholderAppId, appId, StringComparison.OrdinalIgnoreCase)
            : null;

    private static PackageFile JsonFile(string name, JsonNode node) =>
        new(name, Encoding.UTF8.GetBytes(node.ToJsonString(OutputOptions) + "\n"));

    [GeneratedRegex(@"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")]
    private static partial Regex SemanticVersion();
}
