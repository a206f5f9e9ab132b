using TeamsBot.Guidance.Content;
using TeamsBot.Guidance.Search;
using TeamsBot.Hosting;
using TeamsBot.Reflections;
using TeamsBot.Shifts;

namespace TeamsBot.Guidance;

/// <summary>
/// Guidance and referrals at a keystroke (issue 11): the content folder (Content/), its search (Search/), and what a
/// counsellor sees: <c>/vejledning</c> and <c>/henvis</c>, Procedurer on the start-of-shift checklist, and the
/// directory's referrals as the reflection form's "Henvist til" choices.
/// </summary>
public static class GuidanceFeature
{
    /// <summary>Procedures: the duty to report, the conversation model, self-care. Danish first, as <c>/hjælp</c>.</summary>
    public static readonly BotCommand Guide = new("/vejledning", "Help.Guide", CommandMenus.Team | CommandMenus.Personal | CommandMenus.GroupChat)
    {
        Aliases = ["/guide"],
        // A search writes nothing, so a redelivery at worst answers twice: no durable processed-once claim.
        ReadOnly = true,
    };

    /// <summary>Where to refer a caller, with "open now".</summary>
    public static readonly BotCommand Referral = new("/henvis", "Help.Referral", CommandMenus.Team | CommandMenus.Personal | CommandMenus.GroupChat)
    {
        Aliases = ["/referral"],
        ReadOnly = true,
    };

    public static IServiceCollection AddGuidance(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Guidance").WithTexts<Strings>().WithRoutes(MapGuidance);
        services.AddGuidanceContent(configuration);
        services.AddGuidanceSearch();
        services.AddSingleton<GuidanceHandler>();
        services.AddShiftCardAdditions<GuidanceShiftCardAdditions>();
        services.AddSingleton<IReflectionReferralSource, GuidanceReferralChoices>();
        return services;
    }

    public static void MapGuidance(FeatureRoutes routes) => routes
        .Command<GuidanceHandler>(Guide, h => h.OnGuideAsync)
        .Command<GuidanceHandler>(Referral, h => h.OnReferralAsync)
        .CardAction<GuidanceHandler, GuidanceSearchPress>(h => h.OnPressAsync, readOnly: true);
}
