using TeamsBot.Hosting;

namespace TeamsBot.Organisation;

/// <summary>The shared vocabulary: the organisation's clock and the roles from configuration.</summary>
public static class OrganisationFeature
{
    public static IServiceCollection AddOrganisation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotFeature("Organisation");
        services.AddSingleton(new BoundOptions(OrganisationOptions.SectionName, typeof(OrganisationOptions)));
        services.AddOptions<OrganisationOptions>()
            // The time zone moved here from Shifts; an older setting still counts unless the new key is set.
            .Configure(o => o.TimeZone = configuration[$"{OrganisationOptions.SectionName}:TimeZone"]
                ?? configuration[OrganisationOptions.LegacyTimeZoneKey] ?? o.TimeZone)
            .ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _),
                "Organisation:TimeZone (or the older Shifts:TimeZone) must be an IANA time zone known to this machine, e.g. Europe/Copenhagen.")
            .ValidateOnStart();
        services.AddBotOptions<RoleOptions>(configuration, RoleOptions.SectionName)
            .Validate(Roles.AllAreObjectIds, "Roles:Coordinators and Roles:Supervisors must list Entra object ids (GUIDs), not names or e-mail addresses.");
        services.AddSingleton<OrganisationClock>();
        services.AddSingleton<Roles>();
        return services;
    }
}
