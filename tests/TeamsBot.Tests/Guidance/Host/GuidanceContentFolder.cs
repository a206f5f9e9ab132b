namespace TeamsBot.Tests.Guidance.Host;

/// <summary>A content folder of its own for one host test, in the format coordinators write, deleted afterwards.</summary>
public sealed class GuidanceContentFolder : IDisposable
{
    public GuidanceContentFolder()
    {
        Directory.CreateDirectory(Path.Combine(Root, "henvisninger"));
        Directory.CreateDirectory(Path.Combine(Root, "procedurer"));
        Write("henvisninger/familieretshuset.md", """
            ---
            kind: referral
            title: Familieretshuset (eksempel)
            summary: "Skilsmisse, bopæl, samvær og forældremyndighed. Eksempel: kontrollér før brug"
            tags: [skilsmisse, samvær, bopæl, forældremyndighed]
            audience: Forældre
            ages: 0-17
            phone: "+45 72 56 70 00"
            url: https://familieretshuset.dk
            hours: ["mon-fri 09:00-15:00"]
            ---
            Hjælper forældre, der går fra hinanden.

            <script>alert('x')</script>

            Se også [deres side](javascript:alert(1)).
            """);
        Write("henvisninger/headspace.md", """
            ---
            kind: referral
            title: Headspace (eksempel)
            summary: "Samtaler for unge mellem 12 og 25. Eksempel: kontrollér før brug"
            tags: [unge, trivsel, ensomhed]
            ages: 12-25
            url: https://headspace.dk
            hours: ["24/7"]
            ---
            Gratis og anonym samtale for unge.
            """);
        Write("henvisninger/alkohollinjen.md", """
            ---
            kind: referral
            title: Alkohollinjen (eksempel)
            summary: "Rådgivning om alkohol. Eksempel: kontrollér før brug"
            tags: [alkohol, rusmidler, misbrug]
            ---
            Anonym rådgivning.
            """);
        Write("procedurer/underretning.md", """
            ---
            kind: procedure
            title: Underretning om et barn (eksempel)
            summary: "Når du er bekymret for et barn. Eksempel: kontrollér før brug"
            tags: [underretning, bekymring, barn]
            ---
            1. Skriv ned, hvad du hørte.
            2. Ring til bagvagten.
            """);
        Write("procedurer/samtalemodel.md", """
            ---
            kind: procedure
            title: Samtalemodellen (eksempel)
            summary: "Faserne i en samtale. Eksempel: kontrollér før brug"
            tags: [samtale, faser]
            ---
            Åbning, udforskning, afslutning.
            """);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "guidance-" + Guid.NewGuid().ToString("N")[..12]);

    /// <summary>The setting that points the bot at this folder.</summary>
    public Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(more ?? []) { ["Guidance:ContentPath"] = Root };
        return settings;
    }

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(Root, relativePath), text);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned by the system.
        }
    }
}
