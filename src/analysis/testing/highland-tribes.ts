/**
 * Read's Highland Tribes (Gahuku-Gama) signed network: 16 tribes, 58 ties, 29 alliances (rova, +1)
 * and 29 enmities (hina, -1).
 *
 * Source: K. E. Read, "Cultures of the Central Highlands, New Guinea", Southwestern Journal of
 * Anthropology 10(1), 1954, 1-43; as distributed in UCINET (gama.dat) and KONECT
 * (http://konect.cc/networks/ucidata-gama, file out.ucidata-gama: "1 2 1" means tribes 1 and 2
 * are allied). The edge list below is that file's, tribe numbers as there.
 *
 * Published frustration index (line index of balance): 7, computed exactly for this network by
 * S. Aref and M. C. Wilson, "Measuring partial balance in signed networks", Journal of Complex
 * Networks 6(4), 2018, 566-595 (doi:10.1093/comnet/cnx044; arXiv:1509.04037), and used again in
 * their "Balance and frustration in signed networks" (J. Complex Networks 2019, arXiv:1712.04628).
 * The tests also check it by enumerating all 2^15 splits, so the number does not rest on memory.
 */
export const highlandTribesFrustrationIndex = 7;

export const highlandTribesEdges: readonly (readonly [number, number, 1 | -1])[] = [
  [1, 2, 1], [1, 3, -1], [2, 3, -1], [1, 4, -1], [3, 4, 1], [1, 5, -1], [2, 5, -1], [1, 6, -1],
  [2, 6, -1], [3, 6, 1], [3, 7, 1], [5, 7, 1], [6, 7, 1], [3, 8, 1], [4, 8, 1], [6, 8, 1],
  [7, 8, 1], [2, 9, -1], [5, 9, 1], [6, 9, -1], [2, 10, -1], [9, 10, 1], [6, 11, 1], [7, 11, 1],
  [8, 11, 1], [9, 11, -1], [10, 11, -1], [1, 12, -1], [6, 12, 1], [7, 12, 1], [8, 12, 1], [11, 12, 1],
  [6, 13, -1], [7, 13, 1], [9, 13, 1], [10, 13, 1], [11, 13, -1], [5, 14, 1], [8, 14, -1], [12, 14, -1],
  [13, 14, 1], [1, 15, 1], [2, 15, 1], [5, 15, -1], [9, 15, -1], [10, 15, -1], [11, 15, -1], [12, 15, -1],
  [13, 15, -1], [1, 16, 1], [2, 16, 1], [5, 16, -1], [6, 16, -1], [11, 16, -1], [12, 16, -1], [13, 16, -1],
  [14, 16, -1], [15, 16, 1],
];
