//! Calendar arithmetic on [`Day`]s (proleptic Gregorian): month lengths, quarters, and day
//! numbers for durations and linear time scales.

use super::Day;

/// Is `year` a leap year?
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1–12) of `year`.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// First and last month (1–12) of quarter `q` (1–4).
pub fn quarter_months(q: u8) -> (u8, u8) {
    (q * 3 - 2, q * 3)
}

impl Day {
    /// Days since 1970-01-01 (negative before): differences are durations in days.
    pub fn number(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let (m, dd) = (self.month as i64, self.day as i64);
        let y = self.year as i64 - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + dd - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `n` days after 1970-01-01 (the inverse of [`Day::number`]).
    pub fn from_number(n: i64) -> Day {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        Day {
            year: y as i32,
            month: m as u8,
            day: d as u8,
        }
    }

    /// The day `n` days later (earlier when `n` is negative).
    pub fn add_days(self, n: i64) -> Day {
        Day::from_number(self.number() + n)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.number() - self.number()
    }
}
