using System.Text.RegularExpressions;

namespace OutcomesBot.Dialogs.Stories.Identifying;

/// <summary>
/// Ten-digit health numbers. An NHS number carries a modulus-11 check digit; a CHI number (Scotland) starts with the
/// person's date of birth as DDMMYY. Spaced 3-3-4 is how NHS numbers are written, so such a number is checked as one.
/// </summary>
internal static class IdentifyingNumbers
{
    /// <summary>What a ten-digit match of <see cref="IdentifyingPatterns"/> is; null when a digit follows it or no check passes.</summary>
    public static IdentifyingKind? Classify(Match match, string text)
    {
        var hit = match.Groups["hit"];
        var end = hit.Index + hit.Length;
        if (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            return null;
        }

        var digits = Digits(hit.Value);
        return match.Groups["spaced"].Success
            ? (IsValidNhsNumber(digits) ? IdentifyingKind.NhsNumber : null)
            : IsValidChiNumber(digits) ? IdentifyingKind.ChiNumber
            : IsValidNhsNumber(digits) ? IdentifyingKind.NhsNumber
            : null;
    }

    /// <summary>Weights 10 down to 2 on the first nine digits; 11 minus the remainder is the check digit (11 means 0, 10 is never valid).</summary>
    public static bool IsValidNhsNumber(string digits)
    {
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        check = check == 11 ? 0 : check;
        return check != 10 && check == digits[9] - '0';
    }

    /// <summary>Ten digits whose first six are a real date, DDMMYY.</summary>
    public static bool IsValidChiNumber(string digits) =>
        digits.Length == 10 && digits.All(char.IsAsciiDigit)
        && DateOnly.TryParseExact(digits[..6], "ddMMyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A UK phone number: 0 and 9 or 10 more digits, or +44 and 9 or 10.</summary>
    public static bool IsPhoneNumber(Match match)
    {
        var digits = Digits(match.Value.Replace("(0)", string.Empty, StringComparison.Ordinal));
        return match.Value.StartsWith('+')
            ? digits.Length is 11 or 12
            : digits.Length is 10 or 11;
    }

    private static string Digits(string value) => new(value.Where(char.IsAsciiDigit).ToArray());
}
