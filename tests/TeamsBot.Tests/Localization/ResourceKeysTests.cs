using System.Xml.Linq;
using TeamsBot.Tests.Infrastructure;

namespace TeamsBot.Tests.Localization;

/// <summary>
/// Danish is the default resource file, English its <c>.en</c> twin. A key in one but not the other shows up as a
/// missing text only when that card is built in that language, so every pair under src/TeamsBot is compared here,
/// feature folders included.
/// </summary>
public sealed class ResourceKeysTests
{
    private static readonly string Source = RepoPaths.InRepo("src", "TeamsBot");

    public static TheoryData<string> DanishResourceFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in DanishFiles())
        {
            data.Add(file);
        }

        return data;
    }

    private static IEnumerable<string> DanishFiles() =>
        Directory.GetFiles(Source, "Strings*.resx", SearchOption.AllDirectories).Where(IsDanish).Order(StringComparer.Ordinal)
            .Select(file => Path.GetRelativePath(Source, file));

    [Fact]
    public void ResourceFiles_FeatureFolders_AreFound()
    {
        Assert.Contains(Path.Combine("Shifts", "Strings.resx"), DanishFiles());
    }

    [Theory]
    [MemberData(nameof(DanishResourceFiles))]
    public void DanishAndEnglish_SameResourceFile_HaveTheSameKeys(string danishFile)
    {
        var danish = Path.Combine(Source, danishFile);
        var english = Path.ChangeExtension(danish, ".en.resx");
        Assert.True(File.Exists(english), $"{danishFile} has no English twin {Path.GetFileName(english)}.");

        var danishKeys = Keys(danish);
        var englishKeys = Keys(english);

        Assert.Empty(danishKeys.Except(englishKeys)); // In Danish only: missing in English.
        Assert.Empty(englishKeys.Except(danishKeys)); // In English only: missing in Danish, the default.
    }

    [Fact]
    public void EnglishResourceFiles_EachHasADanishDefault()
    {
        var english = Directory.GetFiles(Source, "Strings*.en.resx", SearchOption.AllDirectories);

        Assert.All(english, file => Assert.True(File.Exists(file[..^".en.resx".Length] + ".resx"), $"{file} has no Danish default file."));
    }

    [Theory]
    [MemberData(nameof(DanishResourceFiles))]
    public void ResourceFile_NoValueIsEmpty(string danishFile)
    {
        var danish = Path.Combine(Source, danishFile);

        foreach (var file in new[] { danish, Path.ChangeExtension(danish, ".en.resx") })
        {
            var empty = XDocument.Load(file).Root!.Elements("data").Where(d => string.IsNullOrWhiteSpace((string?)d.Element("value"))).Select(d => (string)d.Attribute("name")!);
            Assert.Empty(empty);
        }
    }

    // A culture-specific file has a culture between the name and .resx (Strings.en.resx); the default has none.
    private static bool IsDanish(string file) => !Path.GetFileNameWithoutExtension(file).Contains('.', StringComparison.Ordinal);

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
}
