using Senate.ChatBot.Dialogs.Complaints;

namespace Senate.ChatBot.UnitTests.Complaints;

public sealed class ContactDetailsTests
{
    [Theory]
    [InlineData("081-234-5678", "0812345678")]
    [InlineData("+66 81 234 5678", "0812345678")]
    [InlineData("๐๒ ๑๒๓ ๔๕๖๗", "021234567")]
    [InlineData("(02) 123-4567", "021234567")]
    [InlineData("12345", null)]
    [InlineData("0012345678", null)]
    [InlineData("somchai", null)]
    public void Phone_numbers_are_kept_in_one_form(string typed, string? stored)
    {
        Assert.Equal(stored, ContactDetails.NormalizePhone(typed));
    }

    [Theory]
    [InlineData("somying@example.com", true)]
    [InlineData("Somying Jaidee <somying@example.com>", false)]
    [InlineData("somying@localhost", false)]
    [InlineData("somying", false)]
    public void Email_addresses_are_checked(string typed, bool valid)
    {
        Assert.Equal(valid, ContactDetails.IsEmail(typed));
    }

    [Theory]
    [InlineData("ข้าม", true)]
    [InlineData("Skip", true)]
    [InlineData("ไม่มี", true)]
    [InlineData("0812345678", false)]
    public void Phone_and_email_may_be_skipped(string typed, bool skip)
    {
        Assert.Equal(skip, ContactDetails.IsSkip(typed));
    }

    [Theory]
    [InlineData("สมหญิง ใจดี", true)]
    [InlineData("ก", false)]
    [InlineData("12345", false)]
    public void A_name_has_letters(string typed, bool valid)
    {
        Assert.Equal(valid, ContactDetails.IsName(typed));
    }
}
