namespace TeamsBot.Reflections;

/// <summary>The form's choices when the coordinator has configured none: the defaults.</summary>
public static class ReflectionDefaults
{
    public static IReadOnlyList<ReflectionChoice> Topics { get; } =
    [
        new("parenting", "Forældreskab og teenagere", "Parenting and teenagers"),
        new("divorce", "Skilsmisse og samarbejde om børnene", "Divorce and co-parenting"),
        new("substanceUse", "Rusmidler", "Substance use"),
        new("wellbeing", "Trivsel og angst", "Well-being and anxiety"),
        new("violence", "Vold eller overgreb", "Violence or abuse"),
        new("loneliness", "Ensomhed", "Loneliness"),
        new("other", "Andet", "Other"),
    ];

    public static IReadOnlyList<ReflectionChoice> Referrals { get; } =
    [
        new("gp", "Egen læge", "Own GP"),
        new("familieretshuset", "Familieretshuset", "Familieretshuset (family law agency)"),
        new("headspace", "Headspace", "Headspace"),
        new("familyCounselling", "Kommunens familierådgivning", "The municipality's family counselling"),
        new("none", "Ingen henvisning", "No referral"),
    ];
}
