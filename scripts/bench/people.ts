// The benchmark's pool of speakers: thousands of invented people with roles, plus institutions.
// Names are assembled from common name parts, so no real person is quoted.
import type { Rng } from './prng.ts';

/** An invented person or body that articles quote. */
export interface Person {
  /** Full name as first introduced, e.g. `Wang Jianhua`, or a body's name. */
  name: string;
  /** How later references write them: surname for people, the name again for bodies. */
  short: string;
  /** Role as a description, e.g. `China's vice foreign minister`. */
  role: string;
  /** Pronoun for later attributions. */
  pronoun: 'he' | 'she' | 'it';
  kind: 'person' | 'organisation';
}

const CHINESE_SURNAMES = ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Hu', 'Zhu', 'Gao', 'Lin', 'He', 'Guo', 'Ma', 'Luo', 'Liang', 'Song', 'Zheng', 'Xie', 'Han', 'Tang', 'Feng', 'Dong', 'Xiao', 'Cheng', 'Cao', 'Yuan', 'Deng', 'Fu', 'Shen', 'Peng', 'Su', 'Jiang', 'Cai', 'Jia', 'Ding', 'Wei', 'Xue', 'Ye', 'Yan', 'Pan', 'Du', 'Dai', 'Xia', 'Zhong', 'Tian', 'Ren', 'Fan', 'Fang', 'Shi', 'Yao', 'Tan', 'Qin', 'Le', 'Kong'];
const CHINESE_SYLLABLES = ['jian', 'hua', 'wei', 'ming', 'yu', 'cheng', 'xin', 'li', 'feng', 'hong', 'jun', 'tao', 'bo', 'yan', 'qiang', 'lei', 'ping', 'dong', 'hai', 'guo', 'zhi', 'wen', 'rui', 'kai', 'lin', 'yi', 'xiao', 'mei', 'ning', 'jie', 'gang', 'sheng', 'an', 'hui', 'rong', 'shan', 'zhen', 'qing'];
const GIVEN_NAMES: Array<[string, 'he' | 'she']> = [['James', 'he'], ['Mary', 'she'], ['Robert', 'he'], ['Patricia', 'she'], ['John', 'he'], ['Jennifer', 'she'], ['Michael', 'he'], ['Linda', 'she'], ['David', 'he'], ['Elizabeth', 'she'], ['William', 'he'], ['Barbara', 'she'], ['Richard', 'he'], ['Susan', 'she'], ['Joseph', 'he'], ['Jessica', 'she'], ['Thomas', 'he'], ['Sarah', 'she'], ['Daniel', 'he'], ['Karen', 'she'], ['Matthew', 'he'], ['Nancy', 'she'], ['Anthony', 'he'], ['Lisa', 'she'], ['Mark', 'he'], ['Margaret', 'she'], ['Paul', 'he'], ['Emily', 'she'], ['Andrew', 'he'], ['Michelle', 'she'], ['Kenji', 'he'], ['Yuko', 'she'], ['Hiroshi', 'he'], ['Min-jun', 'he'], ['Ji-woo', 'she'], ['Rajesh', 'he'], ['Priya', 'she'], ['Maria', 'she'], ['Jose', 'he'], ['Ananya', 'she'], ['Olivier', 'he'], ['Claire', 'she'], ['Stefan', 'he'], ['Katrin', 'she'], ['Tsai', 'she'], ['Chih-wei', 'he'], ['Mei-ling', 'she'], ['Ferdinand', 'he'], ['Teresa', 'she'], ['Gilberto', 'he']];
const SURNAMES = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Walker', 'Hall', 'Allen', 'Young', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed', 'Bailey', 'Kelly', 'Howard', 'Ward', 'Tanaka', 'Suzuki', 'Kim', 'Park', 'Sharma', 'Patel', 'Santos', 'Reyes', 'Dubois', 'Schmidt', 'Chase', 'Kirby', 'Sullivan', 'Nakamura', 'Lai', 'Hsu', 'Chiu', 'Marcos', 'Bautista', 'Fischer'];

const CHINESE_ROLES = ['China’s vice foreign minister', 'a Chinese foreign ministry spokesperson', 'China’s defence ministry spokesman', 'the Chinese ambassador to the United States', 'a senior Communist Party official', 'director of the Taiwan Affairs Office', 'China’s commerce minister', 'a researcher at the Chinese Academy of Social Sciences', 'a Chinese military analyst', 'the head of Hong Kong’s security bureau', 'a Chinese state councillor', 'a spokeswoman for the Chinese embassy in Washington'];
const OTHER_ROLES = ['US Secretary of State', 'the US trade representative', 'a Republican senator', 'a Democratic congresswoman', 'a Pentagon spokesman', 'US Deputy Assistant Secretary of Defense', 'a State Department spokesperson', 'a professor of international relations at Georgetown University', 'a senior fellow at the Lowy Institute', 'an analyst at the Center for Strategic and International Studies', 'Taiwan’s foreign minister', 'a spokeswoman for Taiwan’s presidential office', 'the Philippine defence secretary', 'Japan’s chief cabinet secretary', 'the EU’s foreign policy chief', 'a British Foreign Office minister', 'an economist at a Hong Kong bank', 'the White House national security adviser', 'a former US ambassador to China', 'Australia’s trade minister'];
const BODIES: Array<[string, string]> = [['China’s foreign ministry', 'the ministry'], ['the Pentagon', 'the Pentagon'], ['the State Department', 'the department'], ['China’s Ministry of National Defense', 'the ministry'], ['the Taiwan Affairs Office', 'the office'], ['the US Treasury Department', 'the Treasury'], ['the Chinese embassy in Washington', 'the embassy'], ['the White House', 'the White House'], ['Taiwan’s Mainland Affairs Council', 'the council'], ['the Hong Kong government', 'the government'], ['the Commerce Department', 'the department'], ['the European Commission', 'the Commission']];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds `size` invented people (Chinese and other names, each with one role) followed by the institutions. Deterministic for a given generator. */
export function buildPeople(rng: Rng, size: number): Person[] {
  const people: Person[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (people.length < size && guard++ < size * 20) {
    let name: string;
    let short: string;
    let pronoun: 'he' | 'she';
    let role: string;
    if (rng.chance(0.5)) {
      const surname = rng.pick(CHINESE_SURNAMES);
      const given = cap(rng.pick(CHINESE_SYLLABLES)) + (rng.chance(0.8) ? rng.pick(CHINESE_SYLLABLES) : '');
      name = `${surname} ${given}`;
      short = surname;
      pronoun = rng.chance(0.7) ? 'he' : 'she';
      role = rng.pick(CHINESE_ROLES);
    } else {
      const [given, p] = rng.pick(GIVEN_NAMES);
      const surname = rng.pick(SURNAMES);
      name = rng.chance(0.1) ? `${given} ${String.fromCharCode(65 + rng.int(0, 25))}. ${surname}` : `${given} ${surname}`;
      short = surname;
      pronoun = p;
      role = rng.pick(OTHER_ROLES);
    }
    if (seen.has(name)) continue;
    seen.add(name);
    people.push({ name, short, role, pronoun, kind: 'person' });
  }
  for (const [name, short] of BODIES) people.push({ name, short, role: '', pronoun: 'it', kind: 'organisation' });
  return people;
}
