using Senate.ChatBot.Features.Members;
using Senate.ChatBot.IntegrationTests.Complaints;

namespace Senate.ChatBot.IntegrationTests.Features;

/// <summary>What the desk may list of enrolment codes: open ones only, and never the code.</summary>
public sealed class EnrolmentCodeListTests
{
    [Fact]
    public async Task Outstanding_lists_open_codes_soonest_expiry_first_without_used_revoked_or_expired_ones()
    {
        await using var host = new ClockedHost();
        var codes = host.Get<EnrolmentCodes>();
        await codes.IssueAsync("1", TimeSpan.FromDays(7));
        await codes.IssueAsync("1", TimeSpan.FromDays(7));
        await codes.IssueAsync("2", TimeSpan.FromDays(3));
        var used = await codes.IssueAsync("3");
        await codes.IssueAsync("4");
        await codes.IssueAsync("5", TimeSpan.FromHours(1));
        Assert.True(await codes.RedeemAsync("3", used));
        await codes.RevokeAsync("4");
        host.Time.Advance(TimeSpan.FromHours(2));

        var outstanding = await codes.OutstandingAsync();

        var start = ClockedHost.Start;
        Assert.Equal(
            [new OutstandingCode("2", start, start.AddDays(3), false), new OutstandingCode("1", start, start.AddDays(7), false)],
            outstanding);
    }

    [Fact]
    public async Task A_code_burned_by_wrong_tries_is_listed_as_burned()
    {
        await using var host = new ClockedHost();
        var codes = host.Get<EnrolmentCodes>();
        await codes.IssueAsync("9");
        for (var i = 0; i < EnrolmentCodes.MaxFailedAttempts; i++)
        {
            Assert.False(await codes.RedeemAsync("9", "WRONGCODE" + i));
        }

        Assert.True(Assert.Single(await codes.OutstandingAsync()).Burned);
    }
}
