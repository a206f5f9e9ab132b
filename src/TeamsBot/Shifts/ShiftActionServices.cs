using Microsoft.Extensions.Options;
using TeamsBot.Conversations;
using TeamsBot.Localization;
using TeamsBot.Organisation;
using TeamsBot.Sparring;

namespace TeamsBot.Shifts;

/// <summary>What the check-in and check-out handlers work with, in one place rather than two long constructors.</summary>
public sealed record ShiftActionServices(
    ShiftService Shifts,
    ShiftBoardPublisher Board,
    DutyChannels DutyChannels,
    PersonalChat Personal,
    OrganisationClock Clock,
    Texts<Strings> Texts,
    IOptions<ShiftOptions> Options,
    SparringContacts Sparring,
    ShiftCardAdditions CardAdditions,
    ShiftObservers Observers);
