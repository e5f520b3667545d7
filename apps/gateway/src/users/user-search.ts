import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { searchableName } from '@party/contracts';
import type { User } from './user.entity';
import { escapeLike } from '@party/database';

/**
 * The Vietnamese letters with diacritics (precomposed, as names are typed and stored) and the
 * plain letter each folds to, for PostgreSQL's `translate`: an admin types "hang" and finds
 * "Nguyễn Thị Minh Hằng", as the organization search does. A few hundred accounts need no index.
 */
const FOLDS: Record<string, string> = {
  a: 'àáạảãâầấậẩẫăằắặẳẵ',
  e: 'èéẹẻẽêềếệểễ',
  i: 'ìíịỉĩ',
  o: 'òóọỏõôồốộổỗơờớợởỡ',
  u: 'ùúụủũưừứựửữ',
  y: 'ỳýỵỷỹ',
  d: 'đ',
};
const lowerAccented = Object.values(FOLDS).join('');
const lowerPlain = Object.entries(FOLDS)
  .map(([plain, accented]) => plain.repeat([...accented].length))
  .join('');
// Upper case too: `lower()` leaves non-ASCII letters alone under the C collation ("Đỗ", "Ánh").
const ACCENTED = lowerAccented + lowerAccented.toUpperCase();
const PLAIN = lowerPlain + lowerPlain;

/** Users whose username or full name holds every typed word, accents and case ignored. */
export function userSearch(text: string): FilterQuery<User> {
  const words = searchableName(text).split(' ').filter(Boolean);
  const folded = raw(`lower(translate(full_name, ?, ?))`, [ACCENTED, PLAIN]);
  return {
    $and: words.map((word) => {
      const like = `%${escapeLike(word)}%`;
      return { $or: [{ username: { $like: like } }, { [folded]: { $like: like } }] };
    }),
  };
}
