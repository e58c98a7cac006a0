import type { Strings } from '../en';

export const training: Strings['training'] = {
  heldTab: '标签页隐藏时暂停训练。',
  heldScreen: '图示不在屏幕上时暂停训练。',
};
